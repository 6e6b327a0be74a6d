/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The dashboard requests of the benchmark: the seven charts, each as a page and as its CSV twin (fourteen endpoints),
 * in turn, with parameters drawn at random (seeded) from what a reader would ask: sources, substances and groups,
 * the country, provinces and GGD regions, periods, and date ranges from three months to the whole five years.
 */
final class DashboardRequests {

    /** The charts, in the order they are asked for. */
    static final List<String> CHARTS =
            List.of("trends", "map", "composition", "adulteration", "sold-as", "wastewater", "indicators");

    private static final String[] SOURCES = {"SAMPLE", "INCIDENT", "SEIZURE", "TOXICOLOGY_CASE"};
    /** Substance ids of the catalogue (app/src/main/resources/substance/catalogue.csv) the data hold. */
    private static final String[] SUBSTANCES = {
        "mdma", "cocaine", "ketamine", "amphetamine", "cannabis", "ghb", "3-mmc", "2c-b", "lsd", "heroin", "mda"
    };
    /** Group ids of the catalogue. */
    private static final String[] GROUPS = {
        "stimulants", "opioids", "nitazenes", "entactogens", "psychedelics", "dissociatives", "synthetic-cathinones"
    };

    private static final String[] SOLD_AS = {"cocaine", "mdma", "amphetamine", "ketamine"};
    private static final String[] METABOLITES = {
        "benzoylecgonine", "MDMA", "amphetamine", "methamphetamine", "ketamine", "THC-COOH"
    };
    private static final String[] INDICATOR_SUBSTANCES = {"cocaine", "cannabis", "ecstasy", "amphetamine", "ketamine"};

    /** A request: the endpoint it measures (a chart, {@code .csv} for its twin) and its path with query string. */
    record Request(String endpoint, String path) {}

    private final LocalDate first;
    private final LocalDate last;
    private final List<String> provinces;
    private final List<String> ggdRegions;

    DashboardRequests(LocalDate first, LocalDate last, List<String> provinces, List<String> ggdRegions) {
        this.first = first;
        this.last = last;
        this.provinces = List.copyOf(provinces);
        this.ggdRegions = List.copyOf(ggdRegions);
    }

    /** The endpoints measured: each chart, then its CSV twin. */
    static List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        for (String chart : CHARTS) {
            endpoints.add(chart);
            endpoints.add(chart + ".csv");
        }
        return endpoints;
    }

    /** {@code count} requests over the endpoints in turn. */
    List<Request> plan(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> endpoints = endpoints();
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String endpoint = endpoints.get(i % endpoints.size());
            String chart = endpoint.replace(".csv", "");
            requests.add(new Request(endpoint, "/dashboard/" + endpoint + "?" + query(chart, random)));
        }
        return requests;
    }

    private String query(String chart, SplittableRandom random) {
        return switch (chart) {
            case "trends" -> {
                String scope = pick(random, "SUBSTANCE", "SUBSTANCE", "GROUP", "ALL");
                yield "source=" + pick(random, SOURCES) + "&scope=" + scope + subject(scope, random) + "&region="
                        + region(random) + "&period=" + pick(random, "WEEK", "MONTH", "MONTH", "YEAR") + range(random);
            }
            case "map" -> {
                String scope = pick(random, "SUBSTANCE", "SUBSTANCE", "GROUP");
                yield "source=" + pick(random, SOURCES) + "&scope=" + scope + subject(scope, random) + "&level="
                        + pick(random, "GGD", "PROVINCE") + range(random);
            }
            case "composition" ->
                "measure=" + pick(random, "MDMA_MG", "COCAINE_PCT") + "&region=" + region(random) + "&period="
                        + pick(random, "MONTH", "YEAR") + range(random);
            case "adulteration" ->
                "soldAs=" + pick(random, SOLD_AS) + "&region=" + region(random) + "&period=MONTH" + range(random);
            case "sold-as" -> "region=" + region(random) + range(random);
            case "wastewater" -> "metabolite=" + pick(random, METABOLITES) + range(random);
            case "indicators" -> "substance=" + pick(random, INDICATOR_SUBSTANCES);
            default -> throw new IllegalArgumentException(chart);
        };
    }

    private static String subject(String scope, SplittableRandom random) {
        return switch (scope) {
            case "SUBSTANCE" -> "&subject=" + pick(random, SUBSTANCES);
            case "GROUP" -> "&subject=" + pick(random, GROUPS);
            default -> "";
        };
    }

    /** The country in two of five requests, a province or a GGD region otherwise. */
    private String region(SplittableRandom random) {
        double x = random.nextDouble();
        if (x < 0.4 || provinces.isEmpty() || ggdRegions.isEmpty()) {
            return "NL";
        }
        List<String> from = x < 0.7 ? provinces : ggdRegions;
        return from.get(random.nextInt(from.size()));
    }

    /** From three months to the whole span, ending anywhere after its start; a quarter of ranges end on the last day. */
    private String range(SplittableRandom random) {
        long span = ChronoUnit.DAYS.between(first, last);
        if (span <= 90) {
            return "&from=" + first + "&to=" + last;
        }
        long length = Math.min(span, 90 + random.nextLong(span - 89));
        LocalDate to = random.nextDouble() < 0.25 ? last : first.plusDays(length + random.nextLong(span - length + 1));
        LocalDate from = to.minusDays(length);
        return "&from=" + from + "&to=" + to;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
