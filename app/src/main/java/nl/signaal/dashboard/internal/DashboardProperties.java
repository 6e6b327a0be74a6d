/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param minimumCell the smallest count the public dashboards show; smaller ones (from 1) are shown as {@code <5}
 */
@ConfigurationProperties("signaal.dashboard")
@Validated
record DashboardProperties(@DefaultValue("5") @Min(2) int minimumCell) {}
