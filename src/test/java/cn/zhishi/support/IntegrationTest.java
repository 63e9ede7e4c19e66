package cn.zhishi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application on a random port with the small demo county loaded, H2 by default and
 * PostgreSQL in the CI suite. Every integration test uses exactly this, so Spring builds the
 * context once for the whole run. MockMvc is available for page and API tests. Tests must not depend on each other's writes: create what you
 * change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public @interface IntegrationTest {
}
