/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleSetUnitTests {

    @Test
    void theShippedRulesReadAndSurviveARoundTrip() {
        RuleSet shipped = RuleSet.read(RuleSet.shipped());

        assertThat(shipped.potentOpioids().groups()).contains("nitazenes", "fentanyl-analogues");
        assertThat(shipped.highDose()).singleElement().satisfies(h -> {
            assertThat(h.substance()).isEqualTo("mdma");
            assertThat(h.above()).isEqualByComparingTo(new BigDecimal("250"));
            assertThat(h.minUnits()).isEqualTo(2);
        });
        assertThat(shipped.incidentCluster().ignoredSubstances()).containsExactly("ethanol");
        assertThat(RuleSet.read(shipped.toJson())).isEqualTo(shipped);
    }

    @Test
    void aTypoOrAThresholdOutOfRangeIsRefusedNamingTheField() {
        String shipped = RuleSet.shipped();

        assertThatThrownBy(
                        () -> RuleSet.read(shipped.replace("\"fusion_days\"", "\"fusion_dayz\": 3, \"fusion_days\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fusion_dayz");
        assertThatThrownBy(() -> RuleSet.read(shipped.replace("\"min_severity\": 3", "\"min_severity\": 5")))
                .hasMessageContaining("incident_cluster.min_severity must be 0 to 4, not 5");
        assertThatThrownBy(() -> RuleSet.read(shipped.replace("\"above\": 250", "\"above\": -1")))
                .hasMessageContaining("high_dose.above must be above 0");
        assertThatThrownBy(() -> RuleSet.read(shipped.replace("\"max_record_age_days\": 365,", "")))
                .hasMessageContaining("max_record_age_days");
        assertThatThrownBy(() -> RuleSet.read("{"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the rules are not valid");
    }
}
