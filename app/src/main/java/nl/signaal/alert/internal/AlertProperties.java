/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** STUB until the CAP writer lands. */
@ConfigurationProperties("signaal.alert")
public record AlertProperties(
        @DefaultValue("signaal.nl") String sender,
        @DefaultValue("http://localhost:8080") String publicUrl) {}
