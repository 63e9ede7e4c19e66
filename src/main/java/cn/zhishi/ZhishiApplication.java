package cn.zhishi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 知事识人 — cadre assessment and evaluation platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhishiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhishiApplication.class, args);
    }
}
