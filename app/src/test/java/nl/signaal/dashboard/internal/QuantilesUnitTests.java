/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QuantilesUnitTests {

    @Test
    void theMedianOfGroupedDataAsTheTextbookComputesIt() {
        // classes 10-20: 5, 20-30: 10, 30-40: 20, 40-50: 10, 50-60: 5; median = L + (N/2 - F) / f * w = 30 + (25 - 15)
        // / 20 * 10
        TreeMap<Integer, Long> bins = new TreeMap<>();
        bins.put(1, 5L);
        bins.put(2, 10L);
        bins.put(3, 20L);
        bins.put(4, 10L);
        bins.put(5, 5L);
        assertThat(Quantiles.of(bins, 10, 0.5)).isCloseTo(35.0, within(1e-9));
        // first quartile: 20 + (12.5 - 5) / 10 * 10
        assertThat(Quantiles.of(bins, 10, 0.25)).isCloseTo(27.5, within(1e-9));
        assertThat(Quantiles.of(bins, 10, 0.0)).isCloseTo(10.0, within(1e-9));
        assertThat(Quantiles.of(bins, 10, 1.0)).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void noValuesNoQuantile() {
        assertThat(Quantiles.of(new TreeMap<>(), 10, 0.5)).isNaN();
    }
}
