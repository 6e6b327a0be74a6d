/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** The Spring Boot application; the command-line entry point is {@code nl.signaal.cli.Signaal}. */
@SpringBootApplication
@Modulithic(systemName = "Signaal", sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableAsync
public class SignaalApplication {

    /** The one clock of the application; tests replace it to fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
