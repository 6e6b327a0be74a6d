/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.internal.BatchCounts;
import nl.signaal.surveillance.internal.BatchCounts.PeriodCell;

/** Series written straight into the counts, and Poisson counts with a fixed seed. */
final class SurveillanceFixtures {

    private SurveillanceFixtures() {}

    /** A substance id no other test uses, so that tests sharing a database do not see each other's series. */
    static SeriesKey uniqueSeries(ObservationKind source, String region) {
        return new SeriesKey(
                source,
                SeriesKey.Scope.SUBSTANCE,
                "test-" + UUID.randomUUID().toString().substring(0, 8),
                region);
    }

    /** The counts of consecutive weeks, the last one in {@code last}. */
    static BatchCounts weeks(SeriesKey key, IsoWeek last, long[] counts) {
        Map<PeriodCell, Long> cells = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                LocalDate monday = last.plusWeeks(i - counts.length + 1L).monday();
                cells.put(new PeriodCell(key, monday), counts[i]);
            }
        }
        return new BatchCounts(cells, Map.of());
    }

    static long[] poisson(int weeks, double mean, long seed) {
        Random random = new Random(seed);
        long[] counts = new long[weeks];
        for (int i = 0; i < weeks; i++) {
            // Knuth's method: fine for the small means of these tests
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            counts[i] = k;
        }
        return counts;
    }
}
