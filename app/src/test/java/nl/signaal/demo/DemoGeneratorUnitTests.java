/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.signaal.demo.internal.DemoGenerator;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.WastewaterRecord;
import nl.signaal.shared.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo generator without Spring: determinism, calibration against the published Dutch figures the issue names,
 * the injected events, and the validity of every record. Five years of the default scenario are generated once.
 */
class DemoGeneratorUnitTests {

    static final IsoWeek END = IsoWeek.parse("2025-W52");
    static final LocalDate LAST_DAY = END.monday().plusDays(6);
    static final double YEARS = 260 / 52.1775;
    static final Set<String> ECSTASY_SOLD_AS = Set.of("XTC", "ecstasy", "MDMA", "xtc-pil", "MDMA kristal", "molly");
    static final Set<String> MDMA_NAMES =
            Set.of("MDMA", "MDMA HCl", "3,4-MDMA", "MDMA.HCl", "3,4-methylenedioxymethamphetamine");
    static final Set<String> COCAINE_NAMES =
            Set.of("cocaine", "cocaïne", "Cocaine HCl", "cocaine hydrochloride", "cocaïne-HCl");

    static CollectingSink fiveYears;
    static List<InjectedEvent> truth;
    static Set<String> eventIds;

    @BeforeAll
    static void generateFiveYears() {
        fiveYears = new CollectingSink();
        truth = new DemoGenerator().generate(Scenario.defaultScenario(), 1, END, fiveYears);
        eventIds = truth.stream()
                .flatMap(e -> e.externalIds().values().stream())
                .flatMap(List::stream)
                .collect(Collectors.toSet());
    }

    static List<SampleRecord> baselineSamples() {
        return fiveYears.all(ObservationKind.SAMPLE, SampleRecord.class).stream()
                .filter(s -> !eventIds.contains(s.externalId()))
                .toList();
    }

    static List<IncidentRecord> incidents() {
        return fiveYears.all(ObservationKind.INCIDENT, IncidentRecord.class);
    }

    static Scenario scenario(String json) {
        return Scenario.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static Scenario halfYear() {
        return scenario("""
                {"name": "half-year", "weeks": 26, "end": "2025-W10",
                 "events": [
                   {"id": "nitazene", "type": "mis-sold", "substance": "protonitazene", "sold_as": "oxycodone",
                    "form": "tablet", "channel": "online", "region": "GG3406", "from_week": "-8", "weeks": 8,
                    "samples_per_week": 2, "incidents_per_week": 1, "deaths_per_week": 0.3},
                   {"id": "crack", "type": "incident-rise", "substance": "crack cocaine", "region": "GG4607",
                    "from_week": "2025-W01", "weeks": 10, "factor": 4}]}
                """);
    }

    static String generateDigest(Scenario scenario, long seed) {
        CollectingSink sink = new CollectingSink();
        new DemoGenerator().generate(scenario, seed, END, sink);
        return sink.digest();
    }

    @Test
    void theSameSeedGivesTheSameRecordsInTheSameOrder() {
        assertThat(generateDigest(halfYear(), 7)).isEqualTo(generateDigest(halfYear(), 7));
    }

    @Test
    void anotherSeedGivesOtherRecords() {
        assertThat(generateDigest(halfYear(), 7)).isNotEqualTo(generateDigest(halfYear(), 8));
    }

    @Test
    void fiveYearsAreReproducedExactly() {
        CollectingSink again = new CollectingSink();
        List<InjectedEvent> truthAgain = new DemoGenerator().generate(Scenario.defaultScenario(), 1, END, again);
        assertThat(again.digest()).isEqualTo(fiveYears.digest());
        assertThat(truthAgain).isEqualTo(truth);
    }

    @Test
    void weeklyBatchesHoldTheSameRecordsOneWeekEach() {
        CollectingSink quarterly = new CollectingSink();
        CollectingSink weekly = new CollectingSink();
        List<InjectedEvent> events = new DemoGenerator().generate(halfYear(), 5, END, quarterly);
        assertThat(new DemoGenerator().generate(halfYear(), 5, END, 1, weekly)).isEqualTo(events);
        assertThat(weekly.records).isEqualTo(quarterly.records);
        // 26 weeks of wastewater, one batch a week
        assertThat(weekly.batches)
                .filteredOn(b -> b.kind() == ObservationKind.WASTEWATER)
                .hasSize(26);
    }

    @Test
    void eventsChangeOnlyTheirOwnRecords() {
        Scenario withEvents = halfYear();
        Scenario without = new Scenario("plain", null, 26, "2025-W10", null, List.of());
        CollectingSink a = new CollectingSink();
        CollectingSink b = new CollectingSink();
        List<InjectedEvent> events = new DemoGenerator().generate(withEvents, 3, END, a);
        new DemoGenerator().generate(without, 3, END, b);
        Set<String> injected = events.stream()
                .flatMap(e -> e.externalIds().values().stream())
                .flatMap(List::stream)
                .collect(Collectors.toSet());
        for (ObservationKind kind : List.of(ObservationKind.SAMPLE, ObservationKind.INCIDENT)) {
            Function<Observation, String> content = r -> r.toString().replace(r.externalId(), "");
            List<String> baseline = a.all(kind, Observation.class).stream()
                    .filter(r -> !injected.contains(r.externalId()))
                    .map(content)
                    .sorted()
                    .toList();
            List<String> plain = b.all(kind, Observation.class).stream()
                    .map(content)
                    .sorted()
                    .toList();
            assertThat(baseline).as(kind.path()).isEqualTo(plain);
        }
        assertThat(injected).isNotEmpty();
    }

    @Test
    void drugCheckingSeesTenToTwelveThousandSamplesAYearAndOverSixtyPercentEcstasy() {
        List<SampleRecord> samples = baselineSamples();
        assertThat(samples.size() / YEARS).isBetween(10_000.0, 12_000.0);
        Map<Integer, Long> perYear = samples.stream()
                .collect(Collectors.groupingBy(
                        s -> IsoWeek.of(s.sampleDate()).year(), TreeMap::new, Collectors.counting()));
        assertThat(perYear.keySet()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(10_000L, 12_000L));

        double ecstasy = share(samples, s -> ECSTASY_SOLD_AS.contains(s.soldAs()));
        System.out.printf(
                "samples a year: %.0f %s, sold as ecstasy %.1f%%%n", samples.size() / YEARS, perYear, 100 * ecstasy);
        assertThat(ecstasy).isGreaterThan(0.60).isLessThan(0.70);
    }

    @Test
    void ecstasyTabletsHoldAbout170MgMdmaWithOneInSixAbove200() {
        List<LabResult> mdma = baselineSamples().stream()
                .filter(s -> s.form() == SampleRecord.Form.TABLET && ECSTASY_SOLD_AS.contains(s.soldAs()))
                .flatMap(s -> s.resultsOrEmpty().stream())
                .filter(r -> MDMA_NAMES.contains(r.substance()))
                .toList();
        assertThat(mdma).hasSizeGreaterThan(20_000);
        assertThat(mdma)
                .allSatisfy(r -> assertThat(List.of(r.unit(), r.saltForm()))
                        .containsExactly(LabResult.Unit.MG_PER_UNIT, LabResult.SaltForm.HYDROCHLORIDE));
        double mean = mdma.stream()
                .mapToDouble(r -> r.amount().doubleValue())
                .average()
                .orElseThrow();
        double above200 = share(mdma, r -> r.amount().doubleValue() > 200);
        System.out.printf(
                "MDMA per tablet: n=%d mean=%.1f mg, above 200 mg %.1f%%%n", mdma.size(), mean, 100 * above200);
        assertThat(mean).isBetween(160.0, 180.0);
        assertThat(above200).isBetween(0.13, 0.21);
        assertThat(mdma.stream().map(LabResult::substance).distinct())
                .as("labs spell MDMA several ways")
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void cocaineIsAboutTwoThirdsPureWithTheUsualAdulterants() {
        List<SampleRecord> cocaine = baselineSamples().stream()
                .filter(s -> s.form() == SampleRecord.Form.POWDER
                        && Set.of("cocaine", "coke", "cocaïne").contains(s.soldAs()))
                .toList();
        List<LabResult> purity = cocaine.stream()
                .flatMap(s -> s.resultsOrEmpty().stream())
                .filter(r -> COCAINE_NAMES.contains(r.substance()))
                .toList();
        assertThat(purity).allSatisfy(r -> assertThat(r.unit()).isEqualTo(LabResult.Unit.PERCENT));
        double mean = purity.stream()
                .mapToDouble(r -> r.amount().doubleValue())
                .average()
                .orElseThrow();
        System.out.printf("cocaine purity: n=%d mean=%.1f%%%n", purity.size(), mean);
        assertThat(mean).isBetween(60.0, 70.0);
        for (String adulterant : List.of("levamisole", "phenacetin", "lidocaine", "caffeine")) {
            double share = share(
                    cocaine,
                    s -> s.resultsOrEmpty().stream().anyMatch(r -> r.substance().equals(adulterant)));
            System.out.printf("cocaine with %s: %.1f%%%n", adulterant, 100 * share);
            assertThat(share).as(adulterant).isBetween(0.03, 0.40);
        }
        assertThat(purity.stream().map(LabResult::substance)).contains("cocaine", "cocaïne");
    }

    @Test
    void theOtherDrugsAreThereInTheirOwnForms() {
        List<SampleRecord> samples = baselineSamples();
        Map<String, SampleRecord.Form> expected = Map.of(
                "speed", SampleRecord.Form.POWDER,
                "ketamine", SampleRecord.Form.POWDER,
                "2C-B", SampleRecord.Form.TABLET,
                "3-MMC", SampleRecord.Form.CRYSTAL,
                "GHB", SampleRecord.Form.LIQUID,
                "LSD", SampleRecord.Form.BLOTTER);
        expected.forEach((soldAs, form) ->
                assertThat(samples).as(soldAs).anyMatch(s -> soldAs.equals(s.soldAs()) && s.form() == form));
        assertThat(samples.stream()
                        .filter(s -> s.form() == SampleRecord.Form.BLOTTER)
                        .flatMap(s -> s.resultsOrEmpty().stream())
                        .filter(r -> r.amount() != null))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.unit()).isEqualTo(LabResult.Unit.UG_PER_UNIT));
        assertThat(samples.stream()
                        .filter(s -> s.form() == SampleRecord.Form.LIQUID)
                        .flatMap(s -> s.resultsOrEmpty().stream())
                        .filter(r -> r.amount() != null))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.unit()).isEqualTo(LabResult.Unit.MG_PER_ML));
    }

    @Test
    void incidentsAreAboutFourThousandAYearSpreadByPopulation() {
        List<IncidentRecord> baseline = incidents().stream()
                .filter(i -> !eventIds.contains(i.externalId()))
                .toList();
        double perYear = baseline.size() / YEARS;
        System.out.printf("incidents a year: %.0f%n", perYear);
        assertThat(perYear).isBetween(3_600.0, 4_400.0);
        Map<String, Long> byRegion =
                baseline.stream().collect(Collectors.groupingBy(IncidentRecord::regionCode, Collectors.counting()));
        assertThat(byRegion).hasSize(25);
        // Amsterdam has about 6.5% of the inhabitants, Gooi en Vechtstreek about 1.5%
        assertThat((double) byRegion.get("GG3406") / baseline.size()).isBetween(0.05, 0.08);
        assertThat((double) byRegion.get("GG3606") / baseline.size()).isBetween(0.01, 0.02);
        Map<Integer, Long> severity =
                baseline.stream().collect(Collectors.groupingBy(IncidentRecord::severity, Collectors.counting()));
        assertThat(severity.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(severity.get(1)).as("most incidents are minor").isGreaterThan(baseline.size() / 3);
        assertThat((double) severity.get(4) / baseline.size()).isLessThan(0.01);
        assertThat(baseline.stream().map(IncidentRecord::setting).distinct()).hasSize(5);
        assertThat(baseline.stream().map(IncidentRecord::reporterType).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(baseline.stream().map(IncidentRecord::ageBand).distinct()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(baseline.stream()
                        .flatMap(i -> i.substancesOrEmpty().stream())
                        .map(s -> s.status())
                        .distinct())
                .hasSize(2);
    }

    @Test
    void seizuresAndToxicologyCasesHaveTheirYearlyVolumes() {
        double seizures = fiveYears.all(ObservationKind.SEIZURE, SeizureRecord.class).stream()
                        .filter(s -> !eventIds.contains(s.externalId()))
                        .count()
                / YEARS;
        double cases = fiveYears.all(ObservationKind.TOXICOLOGY_CASE, ToxicologyCaseRecord.class).stream()
                        .filter(s -> !eventIds.contains(s.externalId()))
                        .count()
                / YEARS;
        System.out.printf("seizures a year: %.0f, toxicology cases a year: %.0f%n", seizures, cases);
        assertThat(seizures).isBetween(540.0, 660.0);
        assertThat(cases).isBetween(220.0, 280.0);
    }

    @Test
    void wastewaterIsMeasuredWeeklyAtEudaLevelsWithMoreMdmaInSummer() {
        List<WastewaterRecord> measurements = fiveYears.all(ObservationKind.WASTEWATER, WastewaterRecord.class);
        assertThat(measurements).hasSize(7 * 6 * 260);
        assertThat(measurements.stream().map(WastewaterRecord::metabolite).distinct())
                .containsExactlyInAnyOrder(
                        "benzoylecgonine", "MDMA", "amphetamine", "methamphetamine", "ketamine", "THC-COOH");
        // EUDA daily means 2022-2024, NL001 Amsterdam: benzoylecgonine 1,142-1,210, MDMA 182-283 mg/day/1000
        assertThat(mean(measurements, "NL001", "benzoylecgonine", w -> true)).isBetween(950.0, 1_400.0);
        assertThat(mean(measurements, "NL001", "MDMA", w -> true)).isBetween(170.0, 290.0);
        assertThat(mean(measurements, "NL007", "MDMA", w -> true)).isBetween(110.0, 240.0);
        double summer = mean(measurements, "NL010", "MDMA", w -> w.week() >= 25 && w.week() <= 32);
        double winter = mean(measurements, "NL010", "MDMA", w -> w.week() >= 5 && w.week() <= 12);
        assertThat(summer).isGreaterThan(winter * 1.1);
    }

    @Test
    void yearlyIndicatorsShowUseUpAndTreatmentDown() {
        List<IndicatorRecord> indicators = fiveYears.all(ObservationKind.INDICATOR, IndicatorRecord.class);
        // the data run from 2021-W01 to 2025-W52 (28 December): 2025 has not ended, so its figures are not out yet
        assertThat(indicators.stream().map(i -> i.period().start().getYear()).distinct())
                .containsExactly(2021, 2022, 2023, 2024);
        Map<String, Double> adults2023 = indicators.stream()
                .filter(i -> i.populationGroup().equals("adults 18-64")
                        && i.period().start().getYear() == 2023)
                .collect(Collectors.toMap(
                        IndicatorRecord::substance, i -> i.value().doubleValue()));
        assertThat(adults2023.get("cannabis")).isBetween(7.0, 9.0);
        assertThat(adults2023.get("cocaine")).isBetween(2.0, 3.0);
        assertThat(adults2023.get("ecstasy")).isBetween(2.5, 3.5);
        assertThat(adults2023.get("amphetamine")).isBetween(0.7, 1.3);
        assertThat(indicators.stream().filter(i -> i.unit() == IndicatorRecord.Unit.PERCENT))
                .allSatisfy(i -> {
                    assertThat(i.ciLow()).isNotNull().isLessThanOrEqualTo(i.value());
                    assertThat(i.ciHigh()).isNotNull().isGreaterThanOrEqualTo(i.value());
                });
        assertThat(value(indicators, "last_year_prevalence", "cocaine", "adults 18-64", 2024))
                .isGreaterThan(value(indicators, "last_year_prevalence", "cocaine", "adults 18-64", 2021));
        for (String substance : List.of("cannabis", "cocaine")) {
            assertThat(value(indicators, "treatment_clients", substance, "clients in addiction care", 2024))
                    .as(substance + " clients")
                    .isLessThan(value(indicators, "treatment_clients", substance, "clients in addiction care", 2021));
        }
    }

    @Test
    void theDefaultScenarioInjectsItsEventsInTheLastYear() {
        Scenario scenario = Scenario.defaultScenario();
        assertThat(scenario.events().stream().map(Scenario.Event::type))
                .contains(
                        Scenario.Type.MIS_SOLD,
                        Scenario.Type.HIGH_DOSE,
                        Scenario.Type.ADULTERANT,
                        Scenario.Type.INCIDENT_RISE,
                        Scenario.Type.NEW_SUBSTANCE);
        assertThat(truth).hasSameSizeAs(scenario.events());
        for (InjectedEvent event : truth) {
            assertThat(event.firstWeek()).as(event.id()).isGreaterThan(END.plusWeeks(-52));
            assertThat(event.lastWeek()).as(event.id()).isLessThanOrEqualTo(END);
            assertThat(event.externalIds().values().stream()
                            .mapToInt(List::size)
                            .sum())
                    .as(event.id())
                    .isPositive();
            for (Observation record : recordsOf(event)) {
                assertThat(event.covers(IsoWeek.of(date(record))))
                        .as(record.externalId())
                        .isTrue();
                if (event.region() != null) {
                    assertThat(region(record)).as(record.externalId()).isEqualTo(event.region());
                }
            }
        }
    }

    @Test
    void aNitazeneTurnsUpInOnlineOxycodoneInAmsterdam() {
        InjectedEvent nitazene = event("nitazene-oxycodone");
        assertThat(nitazene.count(ObservationKind.SAMPLE)).isGreaterThanOrEqualTo(5);
        assertThat(recordsOf(nitazene, ObservationKind.SAMPLE, SampleRecord.class))
                .allSatisfy(s -> {
                    assertThat(s.soldAs()).isEqualTo("oxycodone");
                    assertThat(s.purchaseChannel()).isEqualTo(SampleRecord.PurchaseChannel.ONLINE);
                    assertThat(s.form()).isEqualTo(SampleRecord.Form.TABLET);
                    assertThat(s.resultsOrEmpty())
                            .extracting(LabResult::substance)
                            .containsExactly("protonitazene");
                });
        List<IncidentRecord> incidents = recordsOf(nitazene, ObservationKind.INCIDENT, IncidentRecord.class);
        assertThat(incidents)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.substancesOrEmpty())
                        .extracting(IncidentRecord.ReportedSubstance::substance)
                        .contains("oxycodone"));
        assertThat(incidents).anyMatch(i -> Boolean.TRUE.equals(i.naloxoneGiven()));
    }

    @Test
    void theRedTeslaHoldsAbout290MgMdma() {
        List<SampleRecord> tesla = recordsOf(event("tesla-high-dose"), ObservationKind.SAMPLE, SampleRecord.class);
        assertThat(tesla).hasSizeGreaterThanOrEqualTo(20).allSatisfy(s -> {
            assertThat(s.tablet().logo()).isEqualTo("Tesla");
            assertThat(s.tablet().colour()).isEqualTo("red");
        });
        double mean = tesla.stream()
                .mapToDouble(s -> s.resultsOrEmpty().getFirst().amount().doubleValue())
                .average()
                .orElseThrow();
        assertThat(mean).isBetween(275.0, 305.0);
        assertThat(baselineSamples())
                .noneMatch(s -> s.tablet() != null && "Tesla".equals(s.tablet().logo()));
    }

    @Test
    void pmmaTurnsUpInEcstasy() {
        assertThat(recordsOf(event("pmma-superman"), ObservationKind.SAMPLE, SampleRecord.class))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.resultsOrEmpty())
                        .extracting(LabResult::substance)
                        .contains("PMMA"));
        List<IncidentRecord> fatal =
                recordsOf(event("pmma-superman"), ObservationKind.INCIDENT, IncidentRecord.class).stream()
                        .filter(i -> i.severity() == 4)
                        .toList();
        List<ToxicologyCaseRecord> deaths =
                recordsOf(event("pmma-superman"), ObservationKind.TOXICOLOGY_CASE, ToxicologyCaseRecord.class);
        assertThat(deaths)
                .as("every death is a fatal incident and a post-mortem case")
                .hasSameSizeAs(fatal);
        assertThat(deaths)
                .allSatisfy(d -> assertThat(d.findingsOrEmpty())
                        .extracting(ToxicologyCaseRecord.Finding::substance)
                        .contains("PMMA"));
    }

    @Test
    void crackIncidentsInRotterdamRiseAboutThreefold() {
        InjectedEvent crack = event("crack-rotterdam");
        Predicate<IncidentRecord> crackInRotterdam = i -> "GG4607".equals(i.regionCode())
                && i.substancesOrEmpty().stream()
                        .anyMatch(s ->
                                Set.of("crack", "crack cocaine", "cocaine base").contains(s.substance()));
        IsoWeek first = END.plusWeeks(-259);
        long weeksBefore = 0;
        for (IsoWeek w = first; w.compareTo(crack.firstWeek()) < 0; w = w.plusWeeks(1)) {
            weeksBefore++;
        }
        long before = incidents().stream()
                .filter(crackInRotterdam)
                .filter(i -> IsoWeek.of(i.incidentDate()).compareTo(crack.firstWeek()) < 0)
                .count();
        long during = incidents().stream()
                .filter(crackInRotterdam)
                .filter(i -> crack.covers(IsoWeek.of(i.incidentDate())))
                .count();
        double perWeekBefore = (double) before / weeksBefore;
        double perWeekDuring = during / 12.0;
        System.out.printf(
                "crack incidents in GG4607 a week: %.2f before, %.2f during the event%n", perWeekBefore, perWeekDuring);
        assertThat(perWeekDuring).isGreaterThan(2 * perWeekBefore);
        assertThat(crack.count(ObservationKind.INCIDENT)).isPositive();
    }

    @Test
    void nothingIsDatedAfterTheLastWeek() {
        for (ObservationKind kind : fiveYears.records.keySet()) {
            assertThat(fiveYears.all(kind, Observation.class))
                    .as(kind.path())
                    .allSatisfy(r -> assertThat(lastDate(r)).isBeforeOrEqualTo(LAST_DAY));
        }
        assertThat(fiveYears.all(ObservationKind.SAMPLE, SampleRecord.class))
                .allSatisfy(s -> assertThat(s.resultDate()).isAfterOrEqualTo(s.sampleDate()));
    }

    @Test
    void everyRecordPassesTheIngestChecks() throws IOException {
        Set<String> regions = regionCodes();
        assertThat(regions).hasSize(25);
        for (ObservationKind kind : fiveYears.records.keySet()) {
            List<Observation> records = fiveYears.all(kind, Observation.class);
            Set<String> ids = new HashSet<>();
            for (Observation record : records) {
                assertThat(ids.add(record.externalId()))
                        .as("unique " + record.externalId())
                        .isTrue();
                assertThat(record.externalId().length()).isLessThanOrEqualTo(100);
                if (record instanceof IndicatorRecord) {
                    assertThat(region(record)).as("indicators are national").isNull();
                } else {
                    assertThat(region(record)).as(record.externalId()).isIn(regions);
                }
                assertValid(record);
            }
        }
    }

    @Test
    void recordsComeInBatchesOfAtMost5000InTimeOrderFromTheirOrganisations() {
        Map<ObservationKind, String> senders = Map.of(
                ObservationKind.SAMPLE, "demo-drugchecking",
                ObservationKind.INCIDENT, "demo-ambulance",
                ObservationKind.SEIZURE, "demo-forensic",
                ObservationKind.TOXICOLOGY_CASE, "demo-forensic",
                ObservationKind.WASTEWATER, "demo-wastewater",
                ObservationKind.INDICATOR, "demo-monitoring");
        assertThat(fiveYears.batches).allSatisfy(b -> {
            assertThat(b.size()).isBetween(1, 5_000);
            assertThat(b.organisation()).isEqualTo(senders.get(b.kind())).isIn(DemoData.ORGANISATIONS.keySet());
        });
        for (int i = 1; i < fiveYears.batches.size(); i++) {
            assertThat(fiveYears.batches.get(i).percent())
                    .isGreaterThanOrEqualTo(fiveYears.batches.get(i - 1).percent());
        }
        assertThat(fiveYears.batches.getLast().percent()).isEqualTo(100);
        for (ObservationKind kind : fiveYears.records.keySet()) {
            List<LocalDate> dates = fiveYears.all(kind, Observation.class).stream()
                    .map(DemoGeneratorUnitTests::date)
                    .toList();
            assertThat(dates).as(kind.path()).isSorted();
        }
    }

    @Test
    void scenarioMistakesAreToldBeforeAnythingIsGenerated() {
        DemoGenerator generator = new DemoGenerator();
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> generator.generate(withEvent("""
                        {"id": "x", "type": "mis-sold", "substance": "fentanyl", "region": "GG9999",
                         "from_week": "-4", "weeks": 2}"""), 1, END, sink))
                .hasMessageContaining("GG9999");
        assertThatThrownBy(() -> generator.generate(withEvent("""
                        {"id": "x", "type": "incident-rise", "substance": "unobtainium", "factor": 2,
                         "from_week": "-4", "weeks": 2}"""), 1, END, sink))
                .hasMessageContaining("crack");
        assertThatThrownBy(() -> generator.generate(withEvent("""
                        {"id": "x", "type": "high-dose", "substance": "MDMA", "from_week": "-4", "weeks": 2}"""), 1, END, sink))
                .hasMessageContaining("amount_mg");
        assertThatThrownBy(() -> generator.generate(withEvent("""
                        {"id": "x", "type": "adulterant", "substance": "atropine", "sold_as": "tea",
                         "from_week": "-4", "weeks": 2}"""), 1, END, sink))
                .hasMessageContaining("sold_as");
        assertThatThrownBy(() -> generator.generate(withEvent("""
                        {"id": "x", "type": "new-substance", "substance": "y", "from_week": "soon", "weeks": 2}"""), 1, END, sink))
                .hasMessageContaining("from_week");
        assertThat(sink.batches).isEmpty();
    }

    @Test
    void theDemoRegionsAreTheGgdRegionsOfTheDatabase() throws IOException {
        Set<String> fromSamples =
                baselineSamples().stream().map(SampleRecord::regionCode).collect(Collectors.toSet());
        assertThat(fromSamples).isEqualTo(regionCodes());
    }

    private static Scenario withEvent(String eventJson) {
        return scenario("{\"name\": \"bad\", \"weeks\": 10, \"events\": [" + eventJson + "]}");
    }

    private static InjectedEvent event(String id) {
        return truth.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Observation> recordsOf(InjectedEvent event) {
        Set<String> ids =
                event.externalIds().values().stream().flatMap(List::stream).collect(Collectors.toSet());
        return fiveYears.records.values().stream()
                .flatMap(List::stream)
                .filter(r -> ids.contains(r.externalId()))
                .toList();
    }

    private static <R extends Observation> List<R> recordsOf(InjectedEvent event, ObservationKind kind, Class<R> type) {
        Set<String> ids = new HashSet<>(event.externalIds().getOrDefault(kind, List.of()));
        return fiveYears.all(kind, type).stream()
                .filter(r -> ids.contains(r.externalId()))
                .toList();
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }

    private static double mean(
            List<WastewaterRecord> measurements, String site, String metabolite, Predicate<IsoWeek> weeks) {
        return measurements.stream()
                .filter(m -> m.siteId().equals(site) && m.metabolite().equals(metabolite))
                .filter(m -> weeks.test(IsoWeek.of(m.period().start())))
                .mapToDouble(m -> m.loadMgPerDayPer1000().doubleValue())
                .average()
                .orElseThrow();
    }

    private static double value(
            List<IndicatorRecord> indicators, String indicator, String substance, String group, int year) {
        return indicators.stream()
                .filter(i -> i.indicator().code().equals(indicator)
                        && Objects.equals(i.substance(), substance)
                        && i.populationGroup().equals(group)
                        && i.period().start().getYear() == year)
                .findFirst()
                .orElseThrow()
                .value()
                .doubleValue();
    }

    /** The GGD regions the database knows, read from the migration that inserts them. */
    private static Set<String> regionCodes() throws IOException {
        try (InputStream in =
                DemoGeneratorUnitTests.class.getResourceAsStream("/db/migration/common/V3__insert_regions.sql")) {
            String sql = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("'(GG\\d{4})'").matcher(sql);
            Set<String> codes = new LinkedHashSet<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
    }

    private static LocalDate date(Observation record) {
        return switch (record) {
            case SampleRecord s -> s.sampleDate();
            case IncidentRecord i -> i.incidentDate();
            case SeizureRecord s -> s.seizureDate();
            case ToxicologyCaseRecord t -> t.deathDate();
            case WastewaterRecord w -> w.period().start();
            case IndicatorRecord i -> i.period().start();
            default -> throw new IllegalArgumentException(record.toString());
        };
    }

    private static LocalDate lastDate(Observation record) {
        return switch (record) {
            case SampleRecord s -> Objects.requireNonNullElse(s.resultDate(), s.sampleDate());
            case SeizureRecord s -> Objects.requireNonNullElse(s.analysisDate(), s.seizureDate());
            case WastewaterRecord w -> w.period().end();
            case IndicatorRecord i -> i.period().end();
            default -> date(record);
        };
    }

    private static @Nullable String region(Observation record) {
        return switch (record) {
            case SampleRecord s -> s.regionCode();
            case IncidentRecord i -> i.regionCode();
            case SeizureRecord s -> s.regionCode();
            case ToxicologyCaseRecord t -> t.regionCode();
            case WastewaterRecord w -> w.regionCode();
            case IndicatorRecord i -> i.regionCode();
            default -> throw new IllegalArgumentException(record.toString());
        };
    }

    /** The checks of the ingest module that need no database, on every field the generator fills. */
    private static void assertValid(Observation record) {
        switch (record) {
            case SampleRecord s -> {
                assertThat(s.form()).isNotNull();
                if (s.tablet() != null) {
                    assertThat(s.form()).isIn(SampleRecord.Form.TABLET, SampleRecord.Form.CAPSULE);
                    assertThat(s.tablet().weightMg()).isBetween(BigDecimal.TEN, BigDecimal.valueOf(5_000));
                    assertThat(s.tablet().diameterMm()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(40));
                    assertThat(s.tablet().thicknessMm()).isBetween(new BigDecimal("0.5"), BigDecimal.valueOf(20));
                }
                if (s.priceEur() != null) {
                    assertThat(s.priceEur()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(10_000));
                }
                assertThat(s.resultsOrEmpty()).isNotEmpty().allSatisfy(DemoGeneratorUnitTests::assertValid);
            }
            case SeizureRecord s -> {
                assertThat(s.grossWeightG()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100_000_000));
                assertThat(s.resultsOrEmpty()).isNotEmpty().allSatisfy(DemoGeneratorUnitTests::assertValid);
            }
            case IncidentRecord i -> {
                assertThat(i.severity()).isBetween(0, 4);
                assertThat(i.outcome() == IncidentRecord.Outcome.DIED).isEqualTo(i.severity() == 4);
                assertThat(i.substancesOrEmpty())
                        .isNotEmpty()
                        .allSatisfy(s -> assertThat(s.substance()).isNotBlank().hasSizeLessThanOrEqualTo(200));
            }
            case ToxicologyCaseRecord t ->
                assertThat(t.findingsOrEmpty()).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.concentration()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000));
                    assertThat(f.unit()).isNotNull();
                });
            case WastewaterRecord w -> {
                assertThat(w.loadMgPerDayPer1000()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000));
                assertThat(w.period().start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            }
            case IndicatorRecord i -> {
                assertThat(i.value()).isNotNegative();
                if (i.unit() == IndicatorRecord.Unit.PERCENT) {
                    assertThat(i.value()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
                }
            }
            default -> throw new IllegalArgumentException(record.toString());
        }
    }

    private static void assertValid(LabResult result) {
        assertThat(result.substance()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        if (result.amount() != null) {
            assertThat(result.amount()).isNotNegative();
            assertThat(result.unit()).as("unit of " + result).isNotNull();
            assertThat(result.saltForm()).as("salt form of " + result).isNotNull();
            if (result.unit() == LabResult.Unit.PERCENT) {
                assertThat(result.amount()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
            }
        } else {
            assertThat(result.unit()).isNull();
        }
    }
}
