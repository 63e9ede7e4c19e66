package cn.zhishi.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a request runs (per thread), so page tests can assert that a page
 * costs a fixed number of queries however many rows it shows (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    public static void reset() {
        QueryCountHolder.clear();
    }

    public static long statements() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds).name("counted").countQuery().build();
                }
                return bean;
            }
        };
    }
}
