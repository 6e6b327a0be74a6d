/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import nl.signaal.substance.StructureClassifier;
import nl.signaal.substance.SubstanceCatalogue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubstanceProperties.class)
class SubstanceConfiguration {

    /** One classifier for the application: its patterns are compiled once, and the catalogue's medicines exempt. */
    @Bean
    StructureClassifier structureClassifier() {
        return StructureClassifier.forCatalogue(SubstanceCatalogue.shipped());
    }
}
