/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.signaal.stats.scan.ScanResult;
import nl.signaal.stats.scan.SpaceTimePermutationScan;
import nl.signaal.stats.scan.SpaceTimePermutationScan.Options;

/**
 * Time of one space-time permutation scan (999 replicates) over the 25 GGD regions, for 30, 60 and 90 days,
 * prospective (windows up to 7 days ending today) and retrospective (every window up to 14 days), on 1 and 2 threads.
 * The counts are Poisson with a region effect (0.3 to 1.7 times the mean) and weekends at half the weekday rate.
 *
 * <p>Reports the median and minimum wall time of the repetitions after three warm-up scans, and the CPU time of the
 * calling thread (on 2 threads it does half the replicates), which is less disturbed by other load on the machine.
 *
 * <p>Usage: {@code bench/run ScanTiming [cases per region per day] [repetitions] [prospective|retrospective|both]},
 * default 1.0, 7 and both. One mode per run gives the JIT compiler a profile of that mode only.
 */
public final class ScanTiming {

    /** Approximate centroids (latitude, longitude) of the 25 GGD regions of 2023, in CBS code order: for timing only. */
    private static final double[][] REGIONS = {
        {53.22, 6.70}, // GG0111 Groningen
        {52.86, 6.62}, // GG0706 Drenthe
        {52.50, 6.15}, // GG1009 IJsselland
        {52.30, 6.75}, // GG1106 Twente
        {52.10, 6.35}, // GG1413 Noord- en Oost-Gelderland
        {52.05, 5.85}, // GG1911 Gelderland-Midden
        {51.85, 5.65}, // GG2014 Gelderland-Zuid
        {52.50, 5.50}, // GG2209 Flevoland
        {52.08, 5.15}, // GG2514 Regio Utrecht
        {52.75, 4.85}, // GG2707 Hollands-Noorden
        {52.38, 4.60}, // GG3109 Kennemerland
        {52.33, 4.87}, // GG3406 Amsterdam
        {52.25, 5.17}, // GG3606 Gooi en Vechtstreek
        {52.10, 4.60}, // GG4506 Hollands-Midden
        {51.90, 4.35}, // GG4607 Rotterdam-Rijnmond
        {51.82, 4.75}, // GG4816 Zuid-Holland Zuid
        {51.50, 3.85}, // GG5006 Zeeland
        {51.55, 4.60}, // GG5206 West-Brabant
        {51.65, 5.25}, // GG5406 Hart voor Brabant
        {51.42, 5.50}, // GG5608 Brabant-Zuidoost
        {51.35, 6.05}, // GG6011 Limburg-Noord
        {50.88, 5.85}, // GG6106 Zuid-Limburg
        {52.05, 4.30}, // GG7014 Haaglanden
        {53.10, 5.80}, // GG7206 Fryslân
        {52.50, 4.90}, // GG7306 Zaanstreek/Waterland
    };

    private ScanTiming() {}

    public static void main(String[] args) {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String mode = args.length > 2 ? args[2] : "both";
        double[] latitudes = Arrays.stream(REGIONS).mapToDouble(r -> r[0]).toArray();
        double[] longitudes = Arrays.stream(REGIONS).mapToDouble(r -> r[1]).toArray();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        System.out.printf(
                Locale.ROOT,
                "25 regions, %.2f cases a region a day, 999 replicates, %d repetitions, %d cores%n",
                rate,
                repetitions,
                Runtime.getRuntime().availableProcessors());
        for (boolean prospective : new boolean[] {true, false}) {
            if (!mode.equals("both") && prospective != mode.equals("prospective")) {
                continue;
            }
            for (int days : new int[] {30, 60, 90}) {
                int[][] counts = counts(days, rate, days);
                for (int threads = 1; threads <= 2; threads++) {
                    Options options = Options.defaults()
                            .withProspective(prospective)
                            .withMaxTemporalDays(prospective ? 7 : 14)
                            .withThreads(threads);
                    SpaceTimePermutationScan scan = new SpaceTimePermutationScan(options);
                    ScanResult result = scan.scan(counts, latitudes, longitudes);
                    for (int i = 0; i < 2; i++) {
                        result = scan.scan(counts, latitudes, longitudes);
                    }
                    long[] wall = new long[repetitions];
                    long[] cpu = new long[repetitions];
                    for (int i = 0; i < repetitions; i++) {
                        long cpuStart = threadBean.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        result = scan.scan(counts, latitudes, longitudes);
                        wall[i] = System.nanoTime() - start;
                        cpu[i] = threadBean.getCurrentThreadCpuTime() - cpuStart;
                    }
                    Arrays.sort(wall);
                    Arrays.sort(cpu);
                    System.out.printf(
                            Locale.ROOT,
                            "%-13s %2d days %d thread(s): %5d cases, %3d zone sets x %4d windows;"
                                    + " wall median %7.1f ms (min %7.1f), calling thread CPU median %7.1f ms%n",
                            prospective ? "prospective" : "retrospective",
                            days,
                            threads,
                            result.totalCases(),
                            result.candidateZoneSets(),
                            result.candidateWindows(),
                            wall[repetitions / 2] / 1e6,
                            wall[0] / 1e6,
                            cpu[repetitions / 2] / 1e6);
                }
            }
        }
    }

    private static int[][] counts(long seed, double rate, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[REGIONS.length][days];
        for (int z = 0; z < counts.length; z++) {
            double regionRate = rate * (0.3 + 1.4 * random.nextDouble());
            for (int d = 0; d < days; d++) {
                counts[z][d] = poisson(random, regionRate * (d % 7 >= 5 ? 0.5 : 1.0));
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
}
