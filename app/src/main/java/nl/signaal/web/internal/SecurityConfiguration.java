/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import nl.signaal.access.AccessManagement;
import nl.signaal.access.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: an organisation's bearer token or an account's HTTP
 * Basic credentials on every request, 401 without them, no session and so no CSRF token. The pages use form login with
 * a session and CSRF protection. Public: the home page, the published warnings (pages, feeds, CAP), login, health, the API documentation and static assets;
 * the other actuator endpoints are for administrators; everything else needs a login, and each endpoint checks its own
 * roles. EndpointSecurityIntegrationTests walks every endpoint against a table of who may call it.
 *
 * <p>Refusals on the API are problem documents, written here because they happen before Spring MVC sees the request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** The curation of substance names, by the monitoring centre: as a page and through the API. */
    static final String[] CURATION = {
        "/substances/unresolved",
        "/substances/unresolved/**",
        "/api/v1/substances/unresolved/**",
        "/api/v1/substances/unresolved"
    };

    /** The signal queue, the series and statistics, and the rules: the monitoring centre and its coordinators. */
    static final String[] MONITORING = {
        "/signals",
        "/signals/**",
        "/api/v1/signals",
        "/api/v1/signals/**",
        "/api/v1/signal-rules",
        "/api/v1/series",
        "/api/v1/statistics/**"
    };

    /** What anyone may read of the warnings: the CAP messages and feeds (the public pages are in PUBLIC_PAGES). */
    static final String[] PUBLIC_WARNINGS = {"/api/v1/warnings/*.cap", "/feeds/**"};

    /** The warning desk: drafts, versions, photos; read by the monitoring centre, written by analysts and coordinators. */
    static final String[] WARNING_DESK = {
        "/alerts", "/alerts/**", "/api/v1/warnings", "/api/v1/warnings/**", "/api/v1/warning-photos"
    };

    /** Publishing and cancelling a warning: coordinators only (and never a version they wrote, checked by the desk). */
    static final String[] WARNING_APPROVAL = {
        "/api/v1/warnings/*/approval", "/api/v1/warnings/*/cancellation", "/alerts/*/approval", "/alerts/*/cancellation"
    };

    /** Subscriptions of organisations' systems and mailboxes, with their delivery logs. */
    static final String[] SUBSCRIPTIONS = {"/api/v1/subscriptions", "/api/v1/subscriptions/**"};

    /** Population size estimates: capture histories of linked lists and their results, for the monitoring centre. */
    static final String[] ESTIMATES = {"/estimates", "/estimates/**"};

    /** The lab's forms: a sample (with its photo) and results for a sample registered earlier. */
    static final String[] LAB_FORMS = {"/samples/new", "/samples/results"};

    /** The reporter's incident form. */
    static final String[] REPORTER_FORMS = {"/incidents/new"};

    /**
     * The photos of samples, never public: the monitoring centre, and labs (the endpoint shows a lab only its own
     * organisation's).
     */
    static final String[] SAMPLE_PHOTOS = {"/samples/*/photo"};

    static final String[] WARNING_WRITERS = {Role.ANALYST.name(), Role.COORDINATOR.name()};

    static final String[] MONITORING_ROLES = {Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name()};

    static final String[] PUBLIC_PAGES = {
        "/",
        "/demo-status",
        "/warnings",
        "/warnings/**",
        "/dashboard",
        "/dashboard/**",
        "/login",
        "/error",
        "/favicon.ico",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessManagement access) throws Exception {
        AuthenticationManager tokenAuthentication = authentication -> {
            String token = (String) authentication.getCredentials();
            var user = access.authenticateToken(token == null ? "" : token)
                    .orElseThrow(() -> new BadCredentialsException("unknown or revoked API token"));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
        AuthenticationFilter tokens = new AuthenticationFilter(tokenAuthentication, new BearerTokenConverter());
        tokens.setSuccessHandler((request, response, authentication) -> {});
        tokens.setFailureHandler((request, response, e) -> ApiAuthenticationEntryPoint.write(response, e.getMessage()));
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> byRole(a.requestMatchers(HttpMethod.OPTIONS)
                        .denyAll()
                        // a new version of the rules changes what every future record is judged by
                        .requestMatchers(HttpMethod.PUT, "/api/v1/signal-rules")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(SUBSCRIPTIONS)
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())))
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ApiAuthenticationEntryPoint())
                        .accessDeniedHandler(new ApiAccessDeniedHandler()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> byRole(a.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        // what else the actuator may expose one day (env, beans, heap dumps) is for administrators
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasRole(Role.ADMIN.name())))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(withDefaults())
                .headers(
                        h -> h.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * What both chains decide alike: curation, monitoring, the lab's and reporter's forms, the samples' photos, the
     * warnings (read by anyone once published, the desk for the monitoring centre, approval for coordinators); anything
     * else needs a login. Decided here, before a body is read, as the endpoints' own checks come after it.
     */
    private static void byRole(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(CURATION)
                .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                .requestMatchers(MONITORING)
                .hasAnyRole(MONITORING_ROLES)
                .requestMatchers(ESTIMATES)
                .hasAnyRole(MONITORING_ROLES)
                // the forms' roles are those that may send the kind (SenderRoles); decided before a photo is read
                .requestMatchers(LAB_FORMS)
                .hasAnyRole(Role.LAB.name(), Role.ADMIN.name())
                .requestMatchers(REPORTER_FORMS)
                .hasAnyRole(Role.REPORTER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, SAMPLE_PHOTOS)
                .hasAnyRole(Role.LAB.name(), Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, PUBLIC_WARNINGS)
                .permitAll()
                .requestMatchers(WARNING_APPROVAL)
                .hasRole(Role.COORDINATOR.name())
                .requestMatchers(HttpMethod.GET, WARNING_DESK)
                .hasAnyRole(MONITORING_ROLES)
                .requestMatchers(WARNING_DESK)
                .hasAnyRole(WARNING_WRITERS)
                .anyRequest()
                .authenticated();
    }

    /** Answers unexpected failures on the API; see {@link ApiFailures}. */
    @Bean
    ApiFailures apiFailures() {
        return new ApiFailures();
    }
}
