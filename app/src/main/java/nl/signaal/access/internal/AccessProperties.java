/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param createInitialAdmin create an {@code admin} account with a generated password when there is none */
@ConfigurationProperties("signaal.access")
record AccessProperties(boolean createInitialAdmin) {}
