package cn.zhishi.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application (China Standard Time), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
