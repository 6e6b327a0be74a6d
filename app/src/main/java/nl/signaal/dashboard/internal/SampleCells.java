/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.RecordFindings;
import org.jspecify.annotations.Nullable;

/**
 * What one batch of lab results adds to the composition tables: every Dutch drug-checking sample whose results it
 * brought, counted once by month, GGD region (or {@code NL} when it has none), what it was sold as and what was found;
 * and the MDMA content of tablets and the cocaine purity of powders in bins.
 *
 * <p>Definitions (docs/dashboards.md): <em>found</em> is the sold-as substance when the lab found it, else the first
 * recognised substance the lab listed, else {@link #NOTHING}; a sample is <em>adulterated</em> when a recognised
 * substance other than the sold-as one was found (caffeine included). Amounts are taken as reported (Dutch labs report
 * MDMA tablets as mg MDMA·HCl per tablet).
 *
 * @param samples samples per cell
 * @param measures values per measure, month, region and bin
 */
public record SampleCells(Map<SampleCell, Long> samples, Map<MeasureCell, Long> measures) {

    /** The sold-as or found value of a sample with no recognised substance. */
    public static final String NOTHING = "-";

    public record SampleCell(LocalDate month, String region, String soldAs, String found, boolean adulterated) {}

    public record MeasureCell(Measure measure, LocalDate month, String region, int bin) {}

    public SampleCells {
        samples = Map.copyOf(samples);
        measures = Map.copyOf(measures);
    }

    /**
     * @param recognise a reported name to its catalogue substance id, {@code null} when it is not recognised
     */
    public static SampleCells of(List<RecordFindings> records, Function<String, @Nullable String> recognise) {
        Map<SampleCell, Long> samples = new HashMap<>();
        Map<MeasureCell, Long> measures = new HashMap<>();
        for (RecordFindings r : records) {
            if (r.kind() != ObservationKind.SAMPLE || !"NL".equals(r.country())) {
                continue;
            }
            LocalDate month = r.date().withDayOfMonth(1);
            String region = r.regionCode() != null && r.regionCode().startsWith("GG") ? r.regionCode() : "NL";
            String soldAs = r.soldAs() == null ? null : recognise.apply(r.soldAs());
            List<@Nullable String> found = r.findings().stream()
                    .map(f -> recognise.apply(f.substance()))
                    .toList();
            String main = soldAs != null && found.contains(soldAs)
                    ? soldAs
                    : found.stream().filter(Objects::nonNull).findFirst().orElse(NOTHING);
            boolean adulterated = soldAs != null && found.stream().anyMatch(id -> id != null && !id.equals(soldAs));
            samples.merge(
                    new SampleCell(month, region, soldAs == null ? NOTHING : soldAs, main, adulterated), 1L, Long::sum);
            for (int i = 0; i < found.size(); i++) {
                RecordFindings.Finding finding = r.findings().get(i);
                for (Measure measure : Measure.values()) {
                    Integer bin = measure.bin(found.get(i), r.form(), finding.unit(), finding.amount());
                    if (bin != null) {
                        measures.merge(new MeasureCell(measure, month, region, bin), 1L, Long::sum);
                    }
                }
            }
        }
        return new SampleCells(samples, measures);
    }

    public boolean isEmpty() {
        return samples.isEmpty() && measures.isEmpty();
    }

    /** A measured quantity with a distribution worth showing, and how its values are binned. */
    public enum Measure {
        /** MDMA per tablet in mg, bins of 10 mg. */
        MDMA_MG("mdma", "tablet", "mg", 10),
        /** Cocaine in powders in percent, bins of 5 %. */
        COCAINE_PCT("cocaine", "powder", "percent", 5);

        private final String substance;
        private final String form;
        private final String unit;
        private final int width;

        Measure(String substance, String form, String unit, int width) {
            this.substance = substance;
            this.form = form;
            this.unit = unit;
            this.width = width;
        }

        /** Values in bin {@code b} lie in [b × width, (b + 1) × width). */
        public int width() {
            return width;
        }

        @Nullable
        Integer bin(
                @Nullable String substanceId,
                @Nullable String form,
                @Nullable String unit,
                @Nullable BigDecimal amount) {
            if (amount == null
                    || amount.signum() < 0
                    || !substance.equals(substanceId)
                    || !this.form.equals(form)
                    || !this.unit.equals(unit)) {
                return null;
            }
            return amount.intValue() / width;
        }
    }
}
