/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The public pages' micro-cache runs first, before the security filters, whose answer for these pages it keeps. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AlertWebConfiguration {

    @Bean
    FilterRegistrationBean<PublicResponseCache> publicResponseCache(AlertDesk desk) {
        FilterRegistrationBean<PublicResponseCache> registration =
                new FilterRegistrationBean<>(new PublicResponseCache(desk));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/warnings", "/warnings/*", "/feeds/*", "/api/v1/warnings/*");
        return registration;
    }
}
