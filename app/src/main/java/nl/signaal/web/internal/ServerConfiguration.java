/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.web.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ServerConfiguration {

    /**
     * Answer "100 Continue" only when the application starts reading the body: an upload refused on its headers (too
     * large, wrong role) is then never sent at all. Tomcat's default answers at once, before anything is checked.
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
