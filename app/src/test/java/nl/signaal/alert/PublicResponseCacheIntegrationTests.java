/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import nl.signaal.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public pages' micro-cache: an anonymous reader gets the answer the whole application gave, security headers
 * included, per language; a publication is visible at once; a logged-in user is never served from it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicResponseCacheIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AlertManagement alerts;

    @Test
    void keptAnswersAreTheApplicationsOwnAndChangeWithEveryPublication() throws Exception {
        UUID first = publish("Eerste " + UUID.randomUUID());
        MockHttpServletResponse rendered = get("/warnings/" + first);
        MockHttpServletResponse kept = get("/warnings/" + first);
        assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString());
        assertThat(kept.getContentType()).isEqualTo(rendered.getContentType());
        assertThat(kept.getHeader("Content-Security-Policy"))
                .isNotNull()
                .isEqualTo(rendered.getHeader("Content-Security-Policy"));
        assertThat(kept.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse english = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/warnings/" + first)
                                .cookie(new Cookie("signaal-lang", "en")))
                .andReturn()
                .getResponse();
        assertThat(english.getContentAsString()).contains("Protonitazene in fake oxycodone tablets");
        assertThat(get("/warnings/" + first).getContentAsString()).contains("Gebruik deze tabletten niet");

        String feed = get("/feeds/warnings.atom").getContentAsString();
        String second = "Tweede " + UUID.randomUUID();
        publish(second);
        assertThat(feed).doesNotContain(second);
        assertThat(get("/feeds/warnings.atom").getContentAsString()).contains(second);
        assertThat(get("/warnings").getContentAsString()).contains(second);

        String asAnalyst = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/warnings")
                                .with(user("an-analyst").roles("ANALYST")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asAnalyst).as("a logged-in page names its user").contains("an-analyst");
        assertThat(get("/warnings").getContentAsString()).doesNotContain("an-analyst");
    }

    private UUID publish(String headline) {
        UUID id = alerts.draft(WarningFixtures.nitazene(headline, List.of("GG3406")), null, "ann")
                .id();
        alerts.approve(id, "cleo");
        return id;
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        return mvc.perform(request).andReturn().getResponse();
    }
}
