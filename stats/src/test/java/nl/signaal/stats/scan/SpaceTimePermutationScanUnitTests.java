/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.signaal.stats.scan.SpaceTimePermutationScan.Options;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpaceTimePermutationScanUnitTests {

    private static final Options FEW_REPLICATES =
            Options.defaults().withReplicates(99).withThreads(1).withSecondaryClusters(0);

    // ------------------------------------------------------------------------------------------------------------
    // Data sets
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Zones on the equator at longitudes 0.01 * 2^i degrees: on the equator the great-circle distance is proportional
     * to the difference in longitude, and with powers of two no zone is a midpoint of two others, so no distance ties.
     */
    private static double[] equatorLongitudes(int zones) {
        return IntStream.range(0, zones).mapToDouble(i -> 0.01 * (1 << i)).toArray();
    }

    /** A 5 x 5 grid over the Netherlands, about 28 km between neighbours; zone = 5 * row + column. */
    private static final double[] GRID_LATITUDES =
            IntStream.range(0, 25).mapToDouble(z -> 51.5 + 0.25 * (z / 5)).toArray();

    private static final double[] GRID_LONGITUDES =
            IntStream.range(0, 25).mapToDouble(z -> 4.5 + 0.4 * (z % 5)).toArray();

    /** Zone 12 (the middle of the grid) and its neighbours 11 (west) and 13 (east). An array: fixed order. */
    private static final int[] PLANTED = {11, 12, 13};

    private static final Set<Integer> PLANTED_ZONES =
            Arrays.stream(PLANTED).boxed().collect(Collectors.toSet());

    private static final int GRID_DAYS = 60;

    /**
     * Poisson counts with a zone effect (0.4 to 1.6 cases a day) times a day-of-week effect (weekends 0.5) and a slow
     * trend: no space-time interaction, so the null hypothesis of the permutation test holds.
     */
    private static int[][] background(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[25][GRID_DAYS];
        for (int z = 0; z < 25; z++) {
            double zoneRate = 0.4 + 1.2 * ((z * 7) % 25) / 24.0;
            for (int d = 0; d < GRID_DAYS; d++) {
                double dayEffect = (d % 7 >= 5 ? 0.5 : 1.0) * (1 + 0.5 * d / GRID_DAYS);
                counts[z][d] = poisson(random, zoneRate * dayEffect);
            }
        }
        return counts;
    }

    /**
     * The background plus, in the planted zones over the last 5 days, Poisson(2.5) extra cases a zone a day: about 40
     * extra cases where some 20 were expected, a relative risk near 3.
     */
    private static int[][] planted(long seed) {
        int[][] counts = background(seed);
        SplittableRandom random = new SplittableRandom(~seed);
        for (int z : PLANTED) {
            for (int d = GRID_DAYS - 5; d < GRID_DAYS; d++) {
                counts[z][d] += poisson(random, 2.5);
            }
        }
        return counts;
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static double[] zeros(int n) {
        return new double[n];
    }

    // ------------------------------------------------------------------------------------------------------------
    // Brute force from the definitions, sharing no code with the implementation
    // ------------------------------------------------------------------------------------------------------------

    /** A cylinder scored from first principles. */
    record Cylinder(Set<Integer> zones, int start, int end, int observed, double expected, double llr) {}

    /**
     * Every cylinder of zones on the equator at the given longitudes, scored cell by cell: mu_zd = C_z C_d / C summed
     * over the cells, LLR by the formula of Kulldorff et al. (2005). Only cylinders with c > mu and c >= minCases.
     */
    private static List<Cylinder> bruteForce(int[][] counts, double[] longitudes, Options options) {
        int zones = counts.length;
        int days = counts[0].length;
        double total = 0;
        double[] zoneTotal = new double[zones];
        double[] dayTotal = new double[days];
        for (int z = 0; z < zones; z++) {
            for (int d = 0; d < days; d++) {
                zoneTotal[z] += counts[z][d];
                dayTotal[d] += counts[z][d];
                total += counts[z][d];
            }
        }
        List<Cylinder> cylinders = new ArrayList<>();
        Set<Set<Integer>> circles = new HashSet<>();
        for (int centre = 0; centre < zones; centre++) {
            double x = longitudes[centre];
            List<Integer> byDistance = IntStream.range(0, zones)
                    .boxed()
                    .sorted(Comparator.comparingDouble(z -> Math.abs(longitudes[z] - x)))
                    .toList();
            Set<Integer> circle = new HashSet<>();
            double inCircle = 0;
            for (int zone : byDistance) {
                inCircle += zoneTotal[zone];
                if (inCircle > options.maxSpatialShare() * total) {
                    break;
                }
                circle.add(zone);
                if (!circles.add(Set.copyOf(circle))) {
                    continue;
                }
                for (int end = 0; end < days; end++) {
                    if (options.prospective() && end != days - 1) {
                        continue;
                    }
                    for (int start = end; start >= 0 && end - start < options.maxTemporalDays(); start--) {
                        int c = 0;
                        double mu = 0;
                        for (int z : circle) {
                            for (int d = start; d <= end; d++) {
                                c += counts[z][d];
                                mu += zoneTotal[z] * dayTotal[d] / total;
                            }
                        }
                        if (c > mu + 1e-12 && c >= options.minClusterCases()) {
                            double llr = c * Math.log(c / mu)
                                    + (c == total ? 0 : (total - c) * Math.log((total - c) / (total - mu)));
                            cylinders.add(new Cylinder(Set.copyOf(circle), start, end, c, mu, llr));
                        }
                    }
                }
            }
        }
        cylinders.sort(Comparator.comparingDouble(Cylinder::llr).reversed());
        return cylinders;
    }

    private static double bruteForceMax(int[][] counts, double[] longitudes, Options options) {
        List<Cylinder> cylinders = bruteForce(counts, longitudes, options);
        return cylinders.isEmpty() ? 0 : cylinders.getFirst().llr();
    }

    private static int[][] randomCounts(SplittableRandom random, int zones, int days, double mean) {
        int[][] counts = new int[zones][days];
        for (int z = 0; z < zones; z++) {
            for (int d = 0; d < days; d++) {
                counts[z][d] = poisson(random, mean);
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------------------------------------------------
    // (a) Expected counts and LLR against hand and brute-force computation
    // ------------------------------------------------------------------------------------------------------------

    @Nested
    class AgainstFirstPrinciples {

        @Test
        void handComputedExample() {
            // 3 zones x 4 days, C = 24. Zone totals 6, 6, 12; day totals 4, 5, 5, 10.
            int[][] counts = {
                {1, 1, 1, 3},
                {1, 2, 2, 1},
                {2, 2, 2, 6},
            };
            // Prospective, windows up to 2 days, circles of at most half the cases (12): {0}, {0, 1}, {1}, {2}.
            // Zone 0 over days 2..3: c = 4, mu = C_0 (C_2 + C_3) / C = 6 * 15 / 24 = 3.75
            // Zone 0 on day 3:       c = 3, mu = 6 * 10 / 24 = 2.5
            // Zone 2 on day 3:       c = 6, mu = 12 * 10 / 24 = 5
            // Zone 2 over days 2..3: c = 8, mu = 12 * 15 / 24 = 7.5
            // Zones 0+1 are under expectation on day 3 (4 < 5) and over days 2..3 (7 < 7.5).
            double llrZone0Day3 = 3 * Math.log(3 / 2.5) + 21 * Math.log(21 / 21.5);
            double llrZone2Day3 = 6 * Math.log(6 / 5.0) + 18 * Math.log(18 / 19.0);
            double llrZone2Days23 = 8 * Math.log(8 / 7.5) + 16 * Math.log(16 / 16.5);
            double llrZone0Days23 = 4 * Math.log(4 / 3.75) + 20 * Math.log(20 / 20.25);
            assertThat(llrZone2Day3)
                    .isGreaterThan(llrZone0Day3)
                    .isGreaterThan(llrZone2Days23)
                    .isGreaterThan(llrZone0Days23);

            Options options = FEW_REPLICATES.withMaxTemporalDays(2).withSecondaryClusters(3);
            ScanResult result = new SpaceTimePermutationScan(options).scan(counts, zeros(3), equatorLongitudes(3));

            SpaceTimeCluster cluster = result.mostLikely();
            assertThat(cluster).isNotNull();
            assertThat(cluster.zones()).containsExactly(2);
            assertThat(cluster.startDay()).isEqualTo(3);
            assertThat(cluster.endDay()).isEqualTo(3);
            assertThat(cluster.observed()).isEqualTo(6);
            assertThat(cluster.expected()).isCloseTo(5.0, within(1e-12));
            assertThat(cluster.llr()).isCloseTo(llrZone2Day3, within(1e-12));
            assertThat(cluster.observedOverExpected()).isCloseTo(1.2, within(1e-12));
            assertThat(cluster.relativeRisk()).isCloseTo((6 / 5.0) / (18 / 19.0), within(1e-12));
            assertThat(cluster.recurrenceIntervalDays()).isEqualTo(1 / cluster.pValue());
            assertThat(cluster.pValue()).isBetween(1 / 100.0, 1.0);
            // Zone 0 shares no zone with the most likely cluster: its best window is day 3 alone.
            assertThat(result.secondary()).hasSize(1);
            SpaceTimeCluster secondary = result.secondary().getFirst();
            assertThat(secondary.zones()).containsExactly(0);
            assertThat(secondary.startDay()).isEqualTo(3);
            assertThat(secondary.expected()).isCloseTo(2.5, within(1e-12));
            assertThat(secondary.llr()).isCloseTo(llrZone0Day3, within(1e-12));
            assertThat(result.candidateZoneSets()).isEqualTo(4);
            assertThat(result.candidateWindows()).isEqualTo(2);
        }

        @Test
        void mostLikelyAndSecondaryClustersMatchBruteForceOnRandomData() {
            SplittableRandom random = new SplittableRandom(42);
            int checked = 0;
            for (int dataSet = 0; dataSet < 40; dataSet++) {
                int zones = 2 + random.nextInt(6);
                int days = 2 + random.nextInt(12);
                int[][] counts = randomCounts(random, zones, days, 0.3 + 2 * random.nextDouble());
                double[] longitudes = equatorLongitudes(zones);
                Options options = FEW_REPLICATES
                        .withProspective(dataSet % 2 == 0)
                        .withMaxTemporalDays(1 + random.nextInt(days))
                        .withMaxSpatialShare(0.3 + 0.7 * random.nextDouble())
                        .withMinClusterCases(1 + random.nextInt(2))
                        .withSecondaryClusters(zones);
                List<Cylinder> expected = bruteForce(counts, longitudes, options);
                ScanResult result = new SpaceTimePermutationScan(options).scan(counts, zeros(zones), longitudes);
                if (expected.isEmpty()) {
                    assertThat(result.mostLikely()).as("data set %d", dataSet).isNull();
                    continue;
                }
                checked++;
                SpaceTimeCluster found = result.mostLikely();
                assertThat(found)
                        .as("data set %d: %s", dataSet, Arrays.deepToString(counts))
                        .isNotNull();
                Cylinder best = expected.getFirst();
                assertThat(found.llr()).as("data set %d", dataSet).isCloseTo(best.llr(), within(1e-9));
                // Ties aside, the same cylinder: find the brute-force one with the same zones and days.
                Cylinder same = expected.stream()
                        .filter(c -> c.zones().equals(Set.copyOf(found.zones()))
                                && c.start() == found.startDay()
                                && c.end() == found.endDay())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not a brute-force cylinder: " + found));
                assertThat(found.observed()).isEqualTo(same.observed());
                assertThat(found.expected()).isCloseTo(same.expected(), within(1e-9));
                assertThat(found.llr()).isCloseTo(same.llr(), within(1e-9));

                // Secondary clusters: greedily the best remaining cylinder that shares no zone with those taken.
                Set<Integer> taken = new HashSet<>(found.zones());
                for (SpaceTimeCluster secondary : result.secondary()) {
                    Cylinder next = expected.stream()
                            .filter(c -> c.zones().stream().noneMatch(taken::contains))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no brute-force secondary for " + secondary));
                    assertThat(secondary.llr()).isCloseTo(next.llr(), within(1e-9));
                    assertThat(secondary.pValue()).isGreaterThanOrEqualTo(found.pValue());
                    taken.addAll(secondary.zones());
                }
                assertThat(expected.stream().filter(c -> c.zones().stream().noneMatch(taken::contains)))
                        .as("every disjoint secondary cluster reported")
                        .isEmpty();
            }
            assertThat(checked).isGreaterThan(25);
        }

        /**
         * 7 cases have 7! = 5040 equally likely day permutations; the exact permutation p-value is the share of them
         * whose largest LLR is at least the observed one. The Monte Carlo p-value must agree within its error.
         */
        @Test
        void pValueAgreesWithTheExactPermutationDistribution() {
            int[][] counts = {
                {2, 0, 1},
                {0, 1, 0},
                {0, 0, 3},
            };
            double[] longitudes = equatorLongitudes(3);
            Options options = Options.defaults()
                    .withProspective(false)
                    .withMaxTemporalDays(2)
                    .withMaxSpatialShare(0.5)
                    .withMinClusterCases(1)
                    .withReplicates(9999)
                    .withThreads(2);
            double observed = bruteForceMax(counts, longitudes, options);

            List<Integer> caseZones = new ArrayList<>();
            List<Integer> caseDays = new ArrayList<>();
            for (int z = 0; z < 3; z++) {
                for (int d = 0; d < 3; d++) {
                    for (int k = 0; k < counts[z][d]; k++) {
                        caseZones.add(z);
                        caseDays.add(d);
                    }
                }
            }
            int[] atLeast = {0};
            int[] all = {0};
            permute(caseDays.stream().mapToInt(Integer::intValue).toArray(), 0, days -> {
                int[][] permuted = new int[3][3];
                for (int i = 0; i < days.length; i++) {
                    permuted[caseZones.get(i)][days[i]]++;
                }
                all[0]++;
                if (bruteForceMax(permuted, longitudes, options) >= observed - 1e-9) {
                    atLeast[0]++;
                }
            });
            assertThat(all[0]).isEqualTo(5040);
            double exact = atLeast[0] / 5040.0;

            ScanResult result = new SpaceTimePermutationScan(options).scan(counts, zeros(3), longitudes);
            SpaceTimeCluster cluster = result.mostLikely();
            assertThat(cluster).isNotNull();
            assertThat(cluster.llr()).isCloseTo(observed, within(1e-9));
            double error = Math.sqrt(exact * (1 - exact) / 9999);
            assertThat(exact).isBetween(0.05, 0.95); // a p-value where the comparison means something
            assertThat(cluster.pValue()).isCloseTo(exact, within(4 * error + 1e-4));
            assertThat(cluster.recurrenceIntervalDays()).as("retrospective").isNaN();
        }

        private static void permute(int[] values, int from, Consumer<int[]> each) {
            if (from == values.length) {
                each.accept(values);
                return;
            }
            for (int i = from; i < values.length; i++) {
                swap(values, from, i);
                permute(values, from + 1, each);
                swap(values, from, i);
            }
        }

        private static void swap(int[] values, int i, int j) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }

        @Test
        void greatCircleDistanceOfKnownPoints() {
            // Amsterdam Dam square to Rotterdam Coolsingel: about 57.5 km
            assertThat(SpaceTimePermutationScan.greatCircleKm(52.3731, 4.8926, 51.9225, 4.4792))
                    .isCloseTo(57.5, within(1.0));
            // A quarter of the equator
            assertThat(SpaceTimePermutationScan.greatCircleKm(0, 0, 0, 90))
                    .isCloseTo(Math.PI / 2 * SpaceTimePermutationScan.EARTH_RADIUS_KM, within(1e-6));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // (b) A planted cluster is found; (c) none is found where none was planted
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void plantedClusterIsFoundForEverySeed() {
        List<Double> pValues = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            Options options = Options.defaults().withSeed(seed).withThreads(2);
            ScanResult result =
                    new SpaceTimePermutationScan(options).scan(planted(seed), GRID_LATITUDES, GRID_LONGITUDES);
            SpaceTimeCluster cluster = result.mostLikely();
            assertThat(cluster).as("seed %d", seed).isNotNull();
            pValues.add(cluster.pValue());
            assertThat(cluster.pValue()).as("seed %d: %s", seed, cluster).isLessThan(0.01);
            assertThat(cluster.zones()).as("seed %d: %s", seed, cluster).containsAnyElementsOf(PLANTED_ZONES);
            assertThat(cluster.endDay()).isEqualTo(GRID_DAYS - 1);
            assertThat(cluster.startDay()).as("seed %d: %s", seed, cluster).isGreaterThanOrEqualTo(GRID_DAYS - 7);
            long plantedFound =
                    cluster.zones().stream().filter(PLANTED_ZONES::contains).count();
            assertThat(plantedFound * 2)
                    .as("seed %d: most found zones planted", seed)
                    .isGreaterThanOrEqualTo(cluster.zones().size());
        }
        System.out.println("planted cluster p-values over 20 seeds: " + pValues);
    }

    @Test
    void falsePositiveShareStaysNearTheNominalLevel() {
        int significant = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Options options = Options.defaults()
                    .withSeed(seed)
                    .withReplicates(199)
                    .withThreads(2)
                    .withSecondaryClusters(0);
            ScanResult result = new SpaceTimePermutationScan(options)
                    .scan(background(1000 + seed), GRID_LATITUDES, GRID_LONGITUDES);
            SpaceTimeCluster cluster = result.mostLikely();
            if (cluster != null && cluster.pValue() < 0.05) {
                significant++;
            }
        }
        System.out.println("no planted cluster: " + significant + " of 100 data sets with p < 0.05");
        assertThat(significant).isBetween(0, 12);
    }

    // ------------------------------------------------------------------------------------------------------------
    // (d) Reproducible
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void sameSeedGivesTheSameResultWhateverTheThreads() {
        int[][] counts = planted(7);
        Options options = Options.defaults().withSeed(123).withReplicates(499).withSecondaryClusters(5);
        ScanResult oneThread =
                new SpaceTimePermutationScan(options.withThreads(1)).scan(counts, GRID_LATITUDES, GRID_LONGITUDES);
        assertThat(new SpaceTimePermutationScan(options.withThreads(1)).scan(counts, GRID_LATITUDES, GRID_LONGITUDES))
                .isEqualTo(oneThread);
        for (int threads = 2; threads <= 5; threads++) {
            assertThat(new SpaceTimePermutationScan(options.withThreads(threads))
                            .scan(counts, GRID_LATITUDES, GRID_LONGITUDES))
                    .as("%d threads", threads)
                    .isEqualTo(oneThread);
        }
        // A weak cluster, so that the p-value depends on the replicates: another seed gives another p-value.
        int[][] weak = background(99);
        ScanResult first = new SpaceTimePermutationScan(options.withProspective(false))
                .scan(weak, GRID_LATITUDES, GRID_LONGITUDES);
        ScanResult again = new SpaceTimePermutationScan(
                        options.withProspective(false).withThreads(3))
                .scan(weak, GRID_LATITUDES, GRID_LONGITUDES);
        ScanResult otherSeed = new SpaceTimePermutationScan(
                        options.withProspective(false).withSeed(124))
                .scan(weak, GRID_LATITUDES, GRID_LONGITUDES);
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed.mostLikely()).isNotNull();
        assertThat(first.mostLikely()).isNotNull();
        assertThat(otherSeed.mostLikely().llr()).isEqualTo(first.mostLikely().llr());
        assertThat(otherSeed.mostLikely().pValue())
                .isNotEqualTo(first.mostLikely().pValue());
    }

    @Test
    void tabulatedAndComputedLogarithmsGiveTheSameResult() {
        int[][] counts = planted(3);
        Options options = Options.defaults()
                .withProspective(false)
                .withMaxTemporalDays(7)
                .withReplicates(49)
                .withThreads(1);
        ScanResult tabulated = new SpaceTimePermutationScan(options).scan(counts, GRID_LATITUDES, GRID_LONGITUDES);
        ScanResult computed = new SpaceTimePermutationScan(options, 0).scan(counts, GRID_LATITUDES, GRID_LONGITUDES);
        assertThat(computed).isEqualTo(tabulated);
        assertThat(tabulated.mostLikely()).isNotNull();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Edge cases and invalid input
    // ------------------------------------------------------------------------------------------------------------

    @Nested
    class EdgeCases {

        private ScanResult scan(int[][] counts) {
            return new SpaceTimePermutationScan(FEW_REPLICATES)
                    .scan(counts, zeros(counts.length), equatorLongitudes(counts.length));
        }

        @Test
        void noCases() {
            ScanResult result = scan(new int[4][10]);
            assertThat(result.hasCluster()).isFalse();
            assertThat(result.reason()).isEqualTo("no cases");
            assertThat(result.secondary()).isEmpty();
            assertThat(result.replicates()).isZero();
        }

        @Test
        void oneCase() {
            int[][] counts = new int[4][10];
            counts[2][9] = 1;
            assertThat(scan(counts).reason()).startsWith("one case");
        }

        @Test
        void oneZone() {
            assertThat(scan(new int[][] {{1, 2, 3, 9}}).reason()).startsWith("one zone");
        }

        @Test
        void allCasesInOneOfSeveralZones() {
            assertThat(scan(new int[][] {{0, 0, 0}, {1, 2, 9}, {0, 0, 0}}).reason())
                    .startsWith("all cases are in one zone");
        }

        @Test
        void allCasesOnOneDay() {
            assertThat(scan(new int[][] {{0, 3, 0}, {0, 2, 0}, {0, 9, 0}}).reason())
                    .startsWith("all cases are on one day");
        }

        @Test
        void noZonesOrNoDays() {
            assertThat(scan(new int[0][0]).reason()).isEqualTo("no zones");
            assertThat(scan(new int[3][0]).reason()).isEqualTo("no days");
        }

        @Test
        void nothingAboveExpectation() {
            // Perfectly proportional: every cell equals its expectation.
            ScanResult result = scan(new int[][] {{1, 2, 3}, {2, 4, 6}, {1, 2, 3}});
            assertThat(result.hasCluster()).isFalse();
            assertThat(result.reason()).startsWith("no cylinder");
        }

        @Test
        void noCircleWithinTheSpatialLimit() {
            ScanResult result = new SpaceTimePermutationScan(FEW_REPLICATES.withMaxSpatialShare(0.2))
                    .scan(new int[][] {{3, 1}, {1, 3}}, zeros(2), equatorLongitudes(2));
            assertThat(result.reason()).startsWith("no circle of zones");
        }

        @Test
        void zonesAtTheSamePlace() {
            int[][] counts = {{1, 5}, {3, 1}, {2, 2}};
            ScanResult result = new SpaceTimePermutationScan(FEW_REPLICATES).scan(counts, zeros(3), zeros(3));
            assertThat(result.mostLikely()).isNotNull();
            assertThat(result.mostLikely().zones()).containsExactly(0);
            assertThat(result.mostLikely().radiusKm()).isZero();
        }
    }

    @Nested
    class InvalidInput {

        private final SpaceTimePermutationScan scan = new SpaceTimePermutationScan(FEW_REPLICATES);

        @Test
        void negativeCount() {
            assertThatThrownBy(() -> scan.scan(new int[][] {{1, 2}, {3, -1}}, zeros(2), zeros(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("count of zone 1 on day 1 is -1; counts are at least 0");
        }

        @Test
        void rowsOfDifferentLengths() {
            assertThatThrownBy(() -> scan.scan(new int[][] {{1, 2}, {3}}, zeros(2), zeros(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone 1 has 1 days of counts, zone 0 has 2; every zone needs a count for every day");
        }

        @Test
        void coordinatesForAnotherNumberOfZones() {
            assertThatThrownBy(() -> scan.scan(new int[][] {{1, 2}, {3, 4}}, zeros(3), zeros(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("counts has 2 zones (rows), latitudes 3 and longitudes 2; one coordinate pair per zone"
                            + " is needed");
        }

        @Test
        void coordinatesThatAreNotFiniteDegrees() {
            int[][] counts = {{1, 2}, {3, 4}};
            assertThatThrownBy(() -> scan.scan(counts, new double[] {52, Double.NaN}, zeros(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("latitude of zone 1 is NaN; expected decimal degrees in [-90.0, 90.0]");
            assertThatThrownBy(() -> scan.scan(counts, zeros(2), new double[] {Double.POSITIVE_INFINITY, 5}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("longitude of zone 0 is Infinity; expected decimal degrees in [-180.0, 180.0]");
            assertThatThrownBy(() -> scan.scan(counts, new double[] {52, 91}, zeros(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("latitude of zone 1 is 91.0");
        }

        @Test
        void options() {
            Options defaults = Options.defaults();
            assertThatThrownBy(() -> defaults.withMaxSpatialShare(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxSpatialShare must be in (0, 1], not 0.0");
            assertThatThrownBy(() -> defaults.withMaxSpatialShare(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> defaults.withMaxTemporalDays(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxTemporalDays must be at least 1, not 0");
            assertThatThrownBy(() -> defaults.withReplicates(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> defaults.withSecondaryClusters(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> defaults.withMinClusterCases(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> defaults.withThreads(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(defaults.maxSpatialShare()).isEqualTo(0.5);
            assertThat(defaults.replicates()).isEqualTo(999);
            assertThat(defaults.prospective()).isTrue();
        }
    }
}
