/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.signaal.stats.detection.FarringtonOptions.Limit54;
import nl.signaal.stats.detection.FarringtonOptions.PowerTransform;
import nl.signaal.stats.detection.FarringtonOptions.ThresholdMethod;
import org.junit.jupiter.api.Test;

class FarringtonOptionsUnitTests {

    @Test
    void defaultsAreThoseOfRFarringtonFlexible() {
        FarringtonOptions o = FarringtonOptions.defaults();
        assertThat(o.b()).isEqualTo(5);
        assertThat(o.w()).isEqualTo(3);
        assertThat(o.reweight()).isTrue();
        assertThat(o.weightsThreshold()).isEqualTo(2.58);
        assertThat(o.pastWeeksNotIncluded()).isNull();
        assertThat(o.effectivePastWeeksNotIncluded()).isEqualTo(3);
        assertThat(o.noPeriods()).isEqualTo(1);
        assertThat(o.trend()).isTrue();
        assertThat(o.pThresholdTrend()).isEqualTo(0.05);
        assertThat(o.powertrans()).isEqualTo(PowerTransform.TWO_THIRDS);
        assertThat(o.thresholdMethod()).isEqualTo(ThresholdMethod.DELTA);
        assertThat(o.alpha()).isEqualTo(0.05);
        assertThat(o.limit54()).isEqualTo(new Limit54(5, 4));
        assertThat(o.populationOffset()).isFalse();
    }

    @Test
    void originalAndNoufailyAreTheSettingsOfTheReferenceFiles() {
        FarringtonOptions original = FarringtonOptions.original();
        assertThat(original.noPeriods()).isEqualTo(1);
        assertThat(original.weightsThreshold()).isEqualTo(1);
        assertThat(original.effectivePastWeeksNotIncluded()).isEqualTo(3);
        assertThat(original.thresholdMethod()).isEqualTo(ThresholdMethod.DELTA);
        assertThat(original.alpha()).isEqualTo(0.005);
        FarringtonOptions noufaily = FarringtonOptions.noufaily();
        assertThat(noufaily.noPeriods()).isEqualTo(10);
        assertThat(noufaily.weightsThreshold()).isEqualTo(2.58);
        assertThat(noufaily.effectivePastWeeksNotIncluded()).isEqualTo(26);
        assertThat(noufaily.thresholdMethod()).isEqualTo(ThresholdMethod.NB_PLUGIN);
        assertThat(noufaily.alpha()).isEqualTo(0.005);
        assertThat(noufaily.b()).isEqualTo(5);
        assertThat(noufaily.limit54()).isEqualTo(new Limit54(5, 4));
    }

    @Test
    void everyOptionCanBeSetByItsRName() {
        FarringtonOptions o = FarringtonOptions.defaults()
                .withOption("b", "4")
                .withOption("w", "2L")
                .withOption("reweight", "FALSE")
                .withOption("weightsThreshold", "1")
                .withOption("pastWeeksNotIncluded", "26")
                .withOption("noPeriods", "10")
                .withOption("trend", "F")
                .withOption("pThresholdTrend", "1")
                .withOption("powertrans", "\"1/2\"")
                .withOption("thresholdMethod", "'nbPlugin'")
                .withOption("alpha", "0.01")
                .withOption("limit54", "c(3, 2)")
                .withOption("populationOffset", "TRUE");
        assertThat(o)
                .isEqualTo(new FarringtonOptions(
                        4,
                        2,
                        false,
                        1,
                        26,
                        10,
                        false,
                        1,
                        PowerTransform.HALF,
                        ThresholdMethod.NB_PLUGIN,
                        0.01,
                        new Limit54(3, 2),
                        true));
        assertThat(o.withOption("limit54", "none").limit54()).isNull();
        assertThat(o.withOption("limit54", "5,4").limit54()).isEqualTo(new Limit54(5, 4));
        assertThat(o.withOption("pastWeeksNotIncluded", "NULL").effectivePastWeeksNotIncluded())
                .isEqualTo(2);
        assertThat(o.withOption("thresholdMethod", "muan").thresholdMethod()).isEqualTo(ThresholdMethod.MUAN);
        assertThat(o.withOption("powertrans", "none").powertrans()).isEqualTo(PowerTransform.NONE);
    }

    @Test
    void invalidValuesNameTheROption() {
        FarringtonOptions o = FarringtonOptions.defaults();
        assertThatThrownBy(() -> o.withB(0)).hasMessageStartingWith("b ");
        assertThatThrownBy(() -> o.withW(-1)).hasMessageStartingWith("w ");
        assertThatThrownBy(() -> o.withAlpha(0)).hasMessageStartingWith("alpha ");
        assertThatThrownBy(() -> o.withAlpha(1)).hasMessageStartingWith("alpha ");
        assertThatThrownBy(() -> o.withAlpha(Double.NaN)).hasMessageStartingWith("alpha ");
        assertThatThrownBy(() -> o.withWeightsThreshold(0)).hasMessageStartingWith("weightsThreshold ");
        assertThatThrownBy(() -> o.withPastWeeksNotIncluded(-1)).hasMessageStartingWith("pastWeeksNotIncluded ");
        assertThatThrownBy(() -> o.withNoPeriods(0)).hasMessageStartingWith("noPeriods ");
        assertThatThrownBy(() -> o.withPThresholdTrend(1.5)).hasMessageStartingWith("pThresholdTrend ");
        assertThatThrownBy(() -> o.withLimit54(-1, 4)).hasMessageStartingWith("limit54 ");
        assertThatThrownBy(() -> o.withLimit54(5, 0)).hasMessageStartingWith("limit54 ");
        assertThatThrownBy(() -> o.withOption("thresholdMethod", "nbPlc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("thresholdMethod ");
        assertThatThrownBy(() -> o.withOption("powertrans", "3/4")).hasMessageStartingWith("powertrans ");
        assertThatThrownBy(() -> o.withOption("b", "2.5")).hasMessageStartingWith("b ");
        assertThatThrownBy(() -> o.withOption("trend", "yes")).hasMessageStartingWith("trend ");
        assertThatThrownBy(() -> o.withOption("limit54", "c(5)")).hasMessageStartingWith("limit54 ");
        assertThatThrownBy(() -> o.withOption("range", "264:312"))
                .hasMessageContaining("unknown farringtonFlexible option \"range\"");
    }
}
