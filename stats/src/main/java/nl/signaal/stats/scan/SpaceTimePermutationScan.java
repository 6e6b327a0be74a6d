/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The space-time permutation scan statistic of Kulldorff, Heffernan, Hartman, Assunção and Mostashari (2005), "A
 * space-time permutation scan statistic for disease outbreak detection", PLoS Medicine 2(3):e59: what
 * SaTScan calls the space-time permutation model (circular windows only).
 *
 * <p><b>Method.</b> Cases are counted per zone z and day d ({@code c_zd}); {@code C_z} and {@code C_d} are the zone and
 * day totals and C the grand total. If where a case occurs is independent of when, the expected count of a cell is
 * {@code mu_zd = C_z C_d / C}. Candidate clusters are cylinders: a circle (a zone's centroid and its k nearest zones,
 * for every k while the circle holds at most {@code maxSpatialShare} of all cases) times a window of at most {@code
 * maxTemporalDays} consecutive days, which in prospective mode must end on the last day. A cylinder A with {@code c_A}
 * cases and {@code mu_A} expected scores {@code LLR_A = c_A log(c_A / mu_A) + (C - c_A) log((C - c_A) / (C - mu_A))}
 * when {@code c_A > mu_A}, else 0. The most likely cluster is the cylinder with the largest LLR. Its p-value comes from
 * Monte Carlo permutation: the days of the individual cases are shuffled among them, which keeps every {@code C_z} and
 * every {@code C_d}, and the largest LLR is recomputed; {@code p = (1 + #{replicates with max LLR >= observed}) / (R +
 * 1)}. Secondary clusters are the best cylinders of circles sharing no zone with a cluster already reported, by
 * decreasing LLR, compared with the same maxima (SaTScan's "no geographical overlap" rule).
 *
 * <p><b>Input.</b> {@code counts[z][d]}: cases of zone z on day d (0-based, consecutive days, the last column the
 * current day in prospective use). Zones are placed by the latitude and longitude of their centroid in decimal degrees
 * (WGS84); distances are great-circle distances on a sphere of radius 6371.0088 km. Zones at the same distance from a
 * centre join the circle in the order of their index.
 *
 * <p><b>Assumptions and failure modes.</b> The method adjusts for purely spatial variation (some zones always report
 * more) and purely temporal variation (weekends, holidays, growth) because both marginals are fixed, but it assumes
 * that the population at risk shifts in the same way in every zone: a zone whose population or reporting grows faster
 * than the others over the study period looks like a cluster (Kulldorff et al. 2005, Discussion). A long period makes
 * this likelier; keep the study period to what is needed as a baseline. With few cases the permutation distribution is
 * coarse and p-values cannot become small. The p-value of a prospective scan is for one analysis; repeated daily
 * analyses are summarised by the recurrence interval, not by correcting the p-value.
 *
 * <p>Instances are immutable and can be shared between threads. The result depends on the data and the options
 * (including the seed) only, not on {@link Options#threads()}: every replicate draws from its own generator, seeded from
 * the master seed in replicate order.
 */
public final class SpaceTimePermutationScan {

    /** Mean Earth radius (IUGG), km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Two LLRs closer than this (relative) count as a tie; a tie counts against the observed cluster, as in SaTScan.
     * Without it, the same cylinder reached in a different summation order could rank on either side.
     */
    private static final double TIE_TOLERANCE = 1e-12;

    /**
     * Options of the scan.
     *
     * @param maxSpatialShare largest share of all cases a circle may hold, in (0, 1]; 0.5 as in SaTScan
     * @param maxTemporalDays longest window in days, at least 1; windows longer than the data are cut to its length
     * @param prospective true: windows end on the last day (surveillance, "is there a cluster now?"); false:
     *     retrospective, every window within the data
     * @param replicates Monte Carlo replicates, at least 1; 999 gives p-values down to 0.001
     * @param seed master seed of the replicates
     * @param secondaryClusters how many secondary clusters to report at most, 0 for none
     * @param minClusterCases fewest cases a cylinder must hold to be a candidate, at least 1; 2 by default, so that a
     *     single case is never reported as an outbreak
     * @param threads threads for the replicates, at least 1; does not change the result
     */
    public record Options(
            double maxSpatialShare,
            int maxTemporalDays,
            boolean prospective,
            int replicates,
            long seed,
            int secondaryClusters,
            int minClusterCases,
            int threads) {

        public Options {
            if (!(maxSpatialShare > 0 && maxSpatialShare <= 1)) {
                throw new IllegalArgumentException("maxSpatialShare must be in (0, 1], not " + maxSpatialShare);
            }
            if (maxTemporalDays < 1) {
                throw new IllegalArgumentException("maxTemporalDays must be at least 1, not " + maxTemporalDays);
            }
            if (replicates < 1) {
                throw new IllegalArgumentException("replicates must be at least 1, not " + replicates);
            }
            if (secondaryClusters < 0) {
                throw new IllegalArgumentException("secondaryClusters must be at least 0, not " + secondaryClusters);
            }
            if (minClusterCases < 1) {
                throw new IllegalArgumentException("minClusterCases must be at least 1, not " + minClusterCases);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /**
         * Prospective, at most half the cases, windows up to 7 days, 999 replicates, seed 1, up to 5 secondary
         * clusters, at least 2 cases, one thread per available processor.
         */
        public static Options defaults() {
            return new Options(0.5, 7, true, 999, 1L, 5, 2, Runtime.getRuntime().availableProcessors());
        }

        public Options withMaxSpatialShare(double value) {
            return new Options(
                    value, maxTemporalDays, prospective, replicates, seed, secondaryClusters, minClusterCases, threads);
        }

        public Options withMaxTemporalDays(int value) {
            return new Options(
                    maxSpatialShare, value, prospective, replicates, seed, secondaryClusters, minClusterCases, threads);
        }

        public Options withProspective(boolean value) {
            return new Options(
                    maxSpatialShare,
                    maxTemporalDays,
                    value,
                    replicates,
                    seed,
                    secondaryClusters,
                    minClusterCases,
                    threads);
        }

        public Options withReplicates(int value) {
            return new Options(
                    maxSpatialShare,
                    maxTemporalDays,
                    prospective,
                    value,
                    seed,
                    secondaryClusters,
                    minClusterCases,
                    threads);
        }

        public Options withSeed(long value) {
            return new Options(
                    maxSpatialShare,
                    maxTemporalDays,
                    prospective,
                    replicates,
                    value,
                    secondaryClusters,
                    minClusterCases,
                    threads);
        }

        public Options withSecondaryClusters(int value) {
            return new Options(
                    maxSpatialShare, maxTemporalDays, prospective, replicates, seed, value, minClusterCases, threads);
        }

        public Options withMinClusterCases(int value) {
            return new Options(
                    maxSpatialShare, maxTemporalDays, prospective, replicates, seed, secondaryClusters, value, threads);
        }

        public Options withThreads(int value) {
            return new Options(
                    maxSpatialShare,
                    maxTemporalDays,
                    prospective,
                    replicates,
                    seed,
                    secondaryClusters,
                    minClusterCases,
                    value);
        }
    }

    /**
     * Largest number of cylinders for which {@code log(C - mu)} is tabulated once per data set (8 bytes each) instead
     * of computed in every replicate. The two ways give the same bits.
     */
    static final int LOG_TABLE_LIMIT = 1 << 22;

    private final Options options;
    private final int logTableLimit;

    public SpaceTimePermutationScan(Options options) {
        this(options, LOG_TABLE_LIMIT);
    }

    SpaceTimePermutationScan(Options options, int logTableLimit) {
        this.options = options;
        this.logTableLimit = logTableLimit;
    }

    public Options options() {
        return options;
    }

    /**
     * Scans the counts. Never throws for what the data say (no cases, one zone, all cases on one day): such data give a
     * result without a cluster and with a reason.
     *
     * @param counts {@code counts[z][d]}, cases of zone z on day d: one row per zone, all rows as long, no negative
     *     count
     * @param latitudes centroid latitude of each zone, decimal degrees in [-90, 90]
     * @param longitudes centroid longitude of each zone, decimal degrees in [-180, 180]
     * @throws IllegalArgumentException for counts and coordinates of different numbers of zones, rows of different
     *     lengths, a negative count, a coordinate that is not a finite number in range, or more than {@code
     *     Integer.MAX_VALUE - 8} cases in all
     */
    public ScanResult scan(int[][] counts, double[] latitudes, double[] longitudes) {
        int zones = counts.length;
        validate(counts, latitudes, longitudes);
        int days = zones == 0 ? 0 : counts[0].length;
        if (zones == 0) {
            return ScanResult.none("no zones", 0, 0, 0);
        }
        if (days == 0) {
            return ScanResult.none("no days", 0, 0, 0);
        }
        long[] zoneTotals = new long[zones];
        long[] dayTotals = new long[days];
        long total = 0;
        for (int z = 0; z < zones; z++) {
            for (int d = 0; d < days; d++) {
                zoneTotals[z] += counts[z][d];
                dayTotals[d] += counts[z][d];
            }
            total += zoneTotals[z];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("more than " + (Integer.MAX_VALUE - 8) + " cases in all");
            }
        }
        int cases = (int) total;
        if (cases == 0) {
            return ScanResult.none("no cases", 0, 0, 0);
        }
        if (cases == 1) {
            return ScanResult.none("one case: every permutation gives the same data", 1, 0, 0);
        }
        if (Arrays.stream(zoneTotals).filter(t -> t > 0).count() == 1) {
            return ScanResult.none(
                    zones == 1
                            ? "one zone: no spatial variation to scan"
                            : "all cases are in one zone: the expected count of every cylinder equals its observed count",
                    cases,
                    0,
                    0);
        }
        if (Arrays.stream(dayTotals).filter(t -> t > 0).count() == 1) {
            return ScanResult.none(
                    "all cases are on one day: the expected count of every cylinder equals its observed count",
                    cases,
                    0,
                    0);
        }

        Cylinders cylinders =
                new Cylinders(options, latitudes, longitudes, zoneTotals, dayTotals, cases, logTableLimit);
        if (cylinders.circles == 0) {
            return ScanResult.none(
                    "no circle of zones holds at least " + options.minClusterCases() + " cases and at most "
                            + options.maxSpatialShare() + " of all cases: no candidate zone set",
                    cases,
                    0,
                    cylinders.windows);
        }
        if (cylinders.windows == 0) {
            return ScanResult.none(
                    "no window within " + options.maxTemporalDays() + " days holds " + options.minClusterCases()
                            + " cases",
                    cases,
                    cylinders.circles,
                    0);
        }

        int[][] cumulative = new int[zones][days + 1];
        for (int z = 0; z < zones; z++) {
            for (int d = 0; d < days; d++) {
                cumulative[z][d + 1] = cumulative[z][d] + counts[z][d];
            }
        }
        double[] bestLlr = new double[cylinders.circles];
        int[] bestWindow = new int[cylinders.circles];
        double observedMax = cylinders.scan(cumulative, new int[days + 1], bestLlr, bestWindow);
        if (observedMax <= 0) {
            return ScanResult.none(
                    "no cylinder with at least " + options.minClusterCases() + " cases has more than expected",
                    cases,
                    cylinders.circles,
                    cylinders.windows);
        }

        double[] nullMaxima = replicate(cylinders, counts, cases);
        List<SpaceTimeCluster> clusters = clusters(cylinders, cumulative, bestLlr, bestWindow, nullMaxima);
        return new ScanResult(
                clusters.getFirst(),
                clusters.subList(1, clusters.size()),
                null,
                cases,
                cylinders.circles,
                cylinders.windows,
                options.replicates());
    }

    private static void validate(int[][] counts, double[] latitudes, double[] longitudes) {
        int zones = counts.length;
        if (latitudes.length != zones || longitudes.length != zones) {
            throw new IllegalArgumentException("counts has " + zones + " zones (rows), latitudes " + latitudes.length
                    + " and longitudes " + longitudes.length + "; one coordinate pair per zone is needed");
        }
        for (int z = 0; z < zones; z++) {
            int[] row = counts[z];
            if (row == null) {
                throw new IllegalArgumentException("counts of zone " + z + " is null");
            }
            if (row.length != counts[0].length) {
                throw new IllegalArgumentException("zone " + z + " has " + row.length + " days of counts, zone 0 has "
                        + counts[0].length + "; every zone needs a count for every day");
            }
            for (int d = 0; d < row.length; d++) {
                if (row[d] < 0) {
                    throw new IllegalArgumentException(
                            "count of zone " + z + " on day " + d + " is " + row[d] + "; counts are at least 0");
                }
            }
            checkCoordinate("latitude", z, latitudes[z], 90);
            checkCoordinate("longitude", z, longitudes[z], 180);
        }
    }

    private static void checkCoordinate(String name, int zone, double value, double limit) {
        if (!(value >= -limit && value <= limit)) {
            throw new IllegalArgumentException(name + " of zone " + zone + " is " + value
                    + "; expected decimal degrees in [" + -limit + ", " + limit + "]");
        }
    }

    /** The largest LLR of each replicate, in replicate order. */
    private double[] replicate(Cylinders cylinders, int[][] counts, int cases) {
        int zones = counts.length;
        int replicates = options.replicates();
        // The cases as (zone, day) pairs: the zones stay in place, the days are shuffled among the cases.
        int[] zoneStart = new int[zones + 1];
        int[] caseDays = new int[cases];
        int next = 0;
        for (int z = 0; z < zones; z++) {
            zoneStart[z] = next;
            for (int d = 0; d < counts[z].length; d++) {
                for (int k = 0; k < counts[z][d]; k++) {
                    caseDays[next++] = d;
                }
            }
        }
        zoneStart[zones] = next;

        SplittableRandom master = new SplittableRandom(options.seed());
        long[] seeds = new long[replicates];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = master.nextLong();
        }

        double[] maxima = new double[replicates];
        int parts = Math.min(options.threads(), replicates);
        if (parts == 1) {
            new ReplicateRun(cylinders, zoneStart, caseDays, counts[0].length, seeds, maxima).run(0, replicates);
            return maxima;
        }
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) replicates * p / parts);
            int to = (int) ((long) replicates * (p + 1) / parts);
            threads.add(Thread.ofPlatform()
                    .name("scan-replicates-" + p)
                    .daemon()
                    .uncaughtExceptionHandler((thread, e) -> failure.compareAndSet(null, e))
                    .start(() -> new ReplicateRun(cylinders, zoneStart, caseDays, counts[0].length, seeds, maxima)
                            .run(from, to)));
        }
        new ReplicateRun(cylinders, zoneStart, caseDays, counts[0].length, seeds, maxima)
                .run(0, (int) ((long) replicates / parts));
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running the scan's replicates", e);
            }
        }
        Throwable thrown = failure.get();
        if (thrown != null) {
            throw new IllegalStateException("a replicate of the scan failed", thrown);
        }
        return maxima;
    }

    /** The most likely cluster, then the secondary ones. */
    private List<SpaceTimeCluster> clusters(
            Cylinders cylinders, int[][] cumulative, double[] bestLlr, int[] bestWindow, double[] nullMaxima) {
        Integer[] byLlr = new Integer[cylinders.circles];
        for (int i = 0; i < byLlr.length; i++) {
            byLlr[i] = i;
        }
        // Stable sort: equal LLRs keep circle order, so the first circle found wins a tie.
        Arrays.sort(byLlr, Comparator.comparingDouble((Integer i) -> -bestLlr[i]));
        boolean[] taken = new boolean[cylinders.zones];
        List<SpaceTimeCluster> clusters = new ArrayList<>();
        for (int circle : byLlr) {
            if (clusters.size() > options.secondaryClusters() || bestLlr[circle] <= 0) {
                break;
            }
            int[] members = cylinders.members(circle);
            if (Arrays.stream(members).anyMatch(z -> taken[z])) {
                continue;
            }
            for (int z : members) {
                taken[z] = true;
            }
            clusters.add(cylinders.cluster(circle, bestWindow[circle], bestLlr[circle], cumulative, nullMaxima));
        }
        return clusters;
    }

    /** Workspace of one thread: replicates {@code from..to-1}, each written to its own slot of the maxima. */
    private static final class ReplicateRun {
        private final Cylinders cylinders;
        private final int[] zoneStart;
        private final int[] caseDays;
        private final long[] seeds;
        private final double[] maxima;
        private final int[] shuffled;
        private final int[][] cumulative;
        private final int[] sums;

        ReplicateRun(Cylinders cylinders, int[] zoneStart, int[] caseDays, int days, long[] seeds, double[] maxima) {
            this.cylinders = cylinders;
            this.zoneStart = zoneStart;
            this.caseDays = caseDays;
            this.seeds = seeds;
            this.maxima = maxima;
            this.shuffled = new int[caseDays.length];
            this.cumulative = new int[zoneStart.length - 1][days + 1];
            this.sums = new int[days + 1];
        }

        void run(int from, int to) {
            for (int r = from; r < to; r++) {
                // Each replicate shuffles the same starting order with its own generator: independent of the split.
                System.arraycopy(caseDays, 0, shuffled, 0, caseDays.length);
                SplittableRandom random = new SplittableRandom(seeds[r]);
                for (int i = shuffled.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = shuffled[i];
                    shuffled[i] = shuffled[j];
                    shuffled[j] = swap;
                }
                for (int z = 0; z < cumulative.length; z++) {
                    int[] row = cumulative[z];
                    Arrays.fill(row, 0);
                    for (int i = zoneStart[z]; i < zoneStart[z + 1]; i++) {
                        row[shuffled[i] + 1]++;
                    }
                    for (int d = 1; d < row.length; d++) {
                        row[d] += row[d - 1];
                    }
                }
                maxima[r] = cylinders.scan(cumulative, sums, null, null);
            }
        }
    }

    /**
     * The candidate cylinders of one data set: circles from the centroids and zone totals, windows from the day totals.
     * Both marginals are the same in every replicate, so are the circles, the windows and every expected count.
     */
    private static final class Cylinders {
        final int zones;
        final int cases;
        final int minCases;
        final boolean prospective;

        /** For each centre, the zones by distance, cut at the spatial limit. */
        final int[][] order;
        /** For each centre and circle size k + 1, the circle's number, or -1 when an earlier centre gave the same set. */
        final int[][] circleOf;

        final int circles;
        final int[] circleCentre;
        final int[] circleSize;
        final long[] circleCases;
        final double[] circleRadiusKm;

        final int windows;
        /** Window w covers days {@code windowStart[w] .. windowEnd[w] - 1}. */
        final int[] windowStart;

        final int[] windowEnd;
        final long[] windowCases;

        /** {@code log k} for k = 0..C ({@code log 0} is never read). */
        final double[] logCount;

        final double[] circleLogCases;
        final double[] windowLogCases;
        /**
         * {@code log(C - mu)} of cylinder (circle, window) at {@code circle * windows + window}, or null when there are
         * too many cylinders and it is computed as needed.
         */
        final double @Nullable [] logRest;

        Cylinders(
                Options options,
                double[] latitudes,
                double[] longitudes,
                long[] zoneTotals,
                long[] dayTotals,
                int cases,
                int logTableLimit) {
            this.zones = zoneTotals.length;
            this.cases = cases;
            this.minCases = options.minClusterCases();
            this.prospective = options.prospective();

            double limit = options.maxSpatialShare() * cases;
            order = new int[zones][];
            circleOf = new int[zones][];
            double[][] distances = new double[zones][zones];
            for (int a = 0; a < zones; a++) {
                for (int b = 0; b < zones; b++) {
                    distances[a][b] = greatCircleKm(latitudes[a], longitudes[a], latitudes[b], longitudes[b]);
                }
            }
            Set<BitSet> seen = new HashSet<>();
            List<int[]> found = new ArrayList<>(); // centre, size
            List<Long> foundCases = new ArrayList<>();
            for (int centre = 0; centre < zones; centre++) {
                double[] distance = distances[centre];
                int first = centre;
                Integer[] byDistance = new Integer[zones];
                for (int z = 0; z < zones; z++) {
                    byDistance[z] = z;
                }
                // Stable: equal distances keep index order. The centre is at distance 0; a zone with the same centroid
                // and a lower index would come before it, so put the centre first explicitly.
                Arrays.sort(
                        byDistance,
                        Comparator.comparing((Integer z) -> z != first).thenComparingDouble(z -> distance[z]));
                int size = 0;
                long inCircle = 0;
                while (size < zones && inCircle + zoneTotals[byDistance[size]] <= limit) {
                    inCircle += zoneTotals[byDistance[size]];
                    size++;
                }
                order[centre] = new int[size];
                circleOf[centre] = new int[size];
                BitSet members = new BitSet(zones);
                long sum = 0;
                for (int k = 0; k < size; k++) {
                    order[centre][k] = byDistance[k];
                    members.set(byDistance[k]);
                    sum += zoneTotals[byDistance[k]];
                    if (sum >= minCases && seen.add((BitSet) members.clone())) {
                        circleOf[centre][k] = found.size();
                        found.add(new int[] {centre, k + 1});
                        foundCases.add(sum);
                    } else {
                        circleOf[centre][k] = -1;
                    }
                }
            }
            circles = found.size();
            circleCentre = new int[circles];
            circleSize = new int[circles];
            circleCases = new long[circles];
            circleRadiusKm = new double[circles];
            for (int i = 0; i < circles; i++) {
                circleCentre[i] = found.get(i)[0];
                circleSize[i] = found.get(i)[1];
                circleCases[i] = foundCases.get(i);
                circleRadiusKm[i] = distances[circleCentre[i]][order[circleCentre[i]][circleSize[i] - 1]];
            }

            int days = dayTotals.length;
            long[] dayCumulative = new long[days + 1];
            for (int d = 0; d < days; d++) {
                dayCumulative[d + 1] = dayCumulative[d] + dayTotals[d];
            }
            int longest = Math.min(options.maxTemporalDays(), days);
            List<int[]> windowList = new ArrayList<>();
            for (int end = prospective ? days : 1; end <= days; end++) {
                for (int length = 1; length <= Math.min(longest, end); length++) {
                    // A window with fewer cases than the minimum holds too few in every circle: skip it once here.
                    if (dayCumulative[end] - dayCumulative[end - length] >= minCases) {
                        windowList.add(new int[] {end - length, end});
                    }
                }
            }
            windows = windowList.size();
            windowStart = new int[windows];
            windowEnd = new int[windows];
            windowCases = new long[windows];
            for (int w = 0; w < windows; w++) {
                windowStart[w] = windowList.get(w)[0];
                windowEnd[w] = windowList.get(w)[1];
                windowCases[w] = dayCumulative[windowEnd[w]] - dayCumulative[windowStart[w]];
            }

            logCount = new double[cases + 1];
            for (int k = 1; k <= cases; k++) {
                logCount[k] = Math.log(k);
            }
            circleLogCases = new double[circles];
            for (int i = 0; i < circles; i++) {
                circleLogCases[i] = Math.log(circleCases[i]);
            }
            windowLogCases = new double[windows];
            for (int w = 0; w < windows; w++) {
                windowLogCases[w] = Math.log(windowCases[w]);
            }
            if ((long) circles * windows <= logTableLimit) {
                logRest = new double[circles * windows];
                for (int i = 0; i < circles; i++) {
                    for (int w = 0; w < windows; w++) {
                        logRest[i * windows + w] = logRest(circleCases[i] * windowCases[w]);
                    }
                }
            } else {
                logRest = null;
            }
        }

        /** {@code log(C - mu)} for {@code mu = product / C}. */
        private double logRest(long product) {
            return Math.log(cases - (double) product / cases);
        }

        /**
         * The largest LLR over all cylinders of the data given as per-zone cumulative counts ({@code cumulative[z][d]}
         * = cases of zone z before day d); with {@code bestLlr}, also each circle's largest LLR and its window.
         */
        double scan(int[][] cumulative, int[] sums, double @Nullable [] bestLlr, int @Nullable [] bestWindow) {
            double max = 0;
            long total = cases;
            double logCases = logCount[cases];
            for (int centre = 0; centre < zones; centre++) {
                int[] members = order[centre];
                int[] numbers = circleOf[centre];
                Arrays.fill(sums, 0);
                for (int k = 0; k < members.length; k++) {
                    int[] row = cumulative[members[k]];
                    for (int d = 0; d < sums.length; d++) {
                        sums[d] += row[d];
                    }
                    int circle = numbers[k];
                    if (circle < 0) {
                        continue;
                    }
                    long inCircle = circleCases[circle];
                    double logInCircle = circleLogCases[circle] - logCases;
                    int tableRow = logRest != null ? circle * windows : 0;
                    double best = 0;
                    int bestW = -1;
                    // Every cylinder is scored and the conditions are combined without branching: about half the
                    // cylinders are under their expectation, in no predictable order, and mispredicted branches cost
                    // more than the arithmetic.
                    for (int w = 0; w < windows; w++) {
                        int observed = sums[windowEnd[w]] - sums[windowStart[w]];
                        long product = inCircle * windowCases[w];
                        // observed > expected, exactly: expected = product / total
                        boolean candidate = (observed >= minCases) & (observed * total > product);
                        int outside = cases - observed;
                        double logRestExpected =
                                logRest != null ? logRest[tableRow + w] : candidate ? logRest(product) : 0;
                        // c log(c / mu) + (C - c) log((C - c) / (C - mu)) with log mu = log C_S + log C_W - log C.
                        // Where c = C the second term is 0 * (log 0 - ...) = 0 (log 0 is stored as 0).
                        double llr = observed * (logCount[observed] - logInCircle - windowLogCases[w])
                                + outside * (logCount[outside] - logRestExpected);
                        if (candidate & llr > best) {
                            best = llr;
                            bestW = w;
                        }
                    }
                    if (bestLlr != null && bestWindow != null) {
                        bestLlr[circle] = best;
                        bestWindow[circle] = bestW;
                    }
                    if (best > max) {
                        max = best;
                    }
                }
            }
            return max;
        }

        int[] members(int circle) {
            return Arrays.copyOf(order[circleCentre[circle]], circleSize[circle]);
        }

        /** The cluster of a circle's best window in the observed data, with its p-value among the replicates. */
        SpaceTimeCluster cluster(int circle, int window, double llr, int[][] cumulative, double[] nullMaxima) {
            int[] members = members(circle);
            int observed = 0;
            for (int z : members) {
                observed += cumulative[z][windowEnd[window]] - cumulative[z][windowStart[window]];
            }
            double expected = (double) (circleCases[circle] * windowCases[window]) / cases;
            double relativeRisk = (observed / expected) / ((cases - observed) / (cases - expected));
            int atLeast = 0;
            for (double max : nullMaxima) {
                if (max >= llr * (1 - TIE_TOLERANCE)) {
                    atLeast++;
                }
            }
            double pValue = (atLeast + 1.0) / (nullMaxima.length + 1.0);
            return new SpaceTimeCluster(
                    Arrays.stream(members).boxed().toList(),
                    circleRadiusKm[circle],
                    windowStart[window],
                    windowEnd[window] - 1,
                    observed,
                    expected,
                    relativeRisk,
                    llr,
                    pValue,
                    prospective ? 1 / pValue : Double.NaN);
        }
    }

    /** Great-circle distance in km between two points given in decimal degrees (haversine). */
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
