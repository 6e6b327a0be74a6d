/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.signaal.demo.Scenario;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.shared.IsoWeek;
import org.springframework.stereotype.Component;

/** Generates the scenario's records week by week, deterministically for a seed. */
@Component
public class DemoGenerator {

    public void generate(Scenario scenario, long seed, IsoWeek end, DemoSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        IsoWeek first = end.plusWeeks(1L - scenario.weeks());
        int perWeek = Math.max(1, scenario.baseline().samplesPerYear() / 52);
        for (int w = 0; w < scenario.weeks(); w++) {
            IsoWeek week = first.plusWeeks(w);
            List<SampleRecord> samples = new ArrayList<>();
            for (int i = 0; i < perWeek; i++) {
                BigDecimal mg =
                        BigDecimal.valueOf(170 + 40 * random.nextGaussian()).setScale(0, RoundingMode.HALF_UP);
                samples.add(new SampleRecord(
                        "demo-" + week + "-" + i,
                        week.monday().plusDays(random.nextInt(7)),
                        null,
                        "NL",
                        "GG3406",
                        null,
                        null,
                        "MDMA",
                        SampleRecord.Form.TABLET,
                        null,
                        null,
                        null,
                        null,
                        List.of(new LabResult(
                                "MDMA",
                                mg.max(BigDecimal.ONE),
                                LabResult.Unit.MG_PER_UNIT,
                                LabResult.SaltForm.HYDROCHLORIDE,
                                LabResult.Abundance.MAJOR,
                                "GC-MS")),
                        null));
            }
            sink.accept(
                    "demo-drugchecking",
                    ObservationKind.SAMPLE,
                    samples,
                    week.toString(),
                    100 * (w + 1) / scenario.weeks());
        }
    }
}
