package cn.zhishi.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The stable entry points other tools rely on. */
@IntegrationTest
class PlatformEndpointsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthAnswersWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cadres']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}']").exists());
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("swagger")));
    }

    @Test
    void theApiWithoutCredentialsAnswers401NotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/cadres")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesWithoutSigningInRedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/cadres")).andExpect(status().is3xxRedirection());
    }
}
