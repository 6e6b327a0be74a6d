/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.estimate.Histories;
import org.jspecify.annotations.Nullable;

/**
 * An upload: its capture histories and, when given, the benchmark for the multiplier method.
 *
 * @param createdBy the account that uploaded it
 */
public record Dataset(
        UUID id,
        String name,
        Histories histories,
        Instant createdAt,
        String createdBy,
        @Nullable Benchmark benchmark) {

    /**
     * A benchmark count (people in treatment, say) and the multiplier that turns it into the population: its estimate
     * and 95% interval, from a study of what share of the population the benchmark sees.
     */
    public record Benchmark(String label, long count, BigDecimal multiplier, BigDecimal low, BigDecimal high) {}
}
