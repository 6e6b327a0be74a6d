/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaal.SignaalApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: with the web server for {@code start}, without for the others. */
final class Contexts {

    private Contexts() {}

    /**
     * The command's settings are passed as command-line arguments, which outrank application.properties; an explicit
     * {@code SPRING_DATASOURCE_URL} (PostgreSQL) is not among them and so still applies.
     */
    static ConfigurableApplicationContext start(boolean web, Path dataDir, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("signaal.data-dir", dataDir.toString());
        if (!web) {
            // a command's output is its report; the application's start-up log would bury it
            all.put("logging.level.root", "WARN");
            // the nightly statistics run belongs to the server, not to a command that happens to run at night
            all.putIfAbsent("signaal.surveillance.schedule", "-");
            // so does sending warnings to subscribers: a short-lived command would leave deliveries half-tried
            all.putIfAbsent("signaal.alert.delivery.enabled", "false");
        }
        String[] args = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SignaalApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(args);
    }
}
