/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.time.LocalDate;
import java.time.Month;
import nl.signaal.shared.IsoWeek;

/**
 * How the week of the year changes the volume of records. A smooth yearly wave peaks in the festival season (ISO weeks
 * 26-30, when the Monitor Drugsincidenten registers most first-aid cases at events and drug-checking services are
 * busiest); New Year's Eve and King's Day (27 April) add a peak; drug-checking services close over Christmas. Each
 * curve is scaled to average 1 over weeks 1-52, so a yearly volume in the scenario stays the yearly volume.
 */
final class Season {

    private static final double SAMPLES_SCALE = scale(Season::rawSamples);
    private static final double INCIDENTS_SCALE = scale(Season::rawIncidents);

    private Season() {}

    static double samples(IsoWeek week) {
        return rawSamples(week) / SAMPLES_SCALE;
    }

    static double incidents(IsoWeek week) {
        return rawIncidents(week) / INCIDENTS_SCALE;
    }

    /** 1 in high summer, 0 in midwinter: how much of a festival season the week is. */
    static double summer(IsoWeek week) {
        return Math.max(0, Math.cos(2 * Math.PI * (week.week() - 28) / 52.0));
    }

    static boolean holdsNewYear(IsoWeek week) {
        LocalDate sunday = week.sunday();
        return sunday.getMonth() == Month.JANUARY && sunday.getDayOfMonth() <= 7;
    }

    static boolean holdsKingsDay(IsoWeek week) {
        LocalDate kingsDay = LocalDate.of(week.year(), 4, 27);
        return IsoWeek.of(kingsDay).equals(week);
    }

    /** The Amsterdam Dance Event, in the third week of October. */
    static boolean holdsDanceEvent(IsoWeek week) {
        LocalDate third = LocalDate.of(week.year(), 10, 15);
        return IsoWeek.of(third).equals(week);
    }

    private static double rawSamples(IsoWeek week) {
        double wave = 1 + 0.15 * Math.cos(2 * Math.PI * (week.week() - 24) / 52.0);
        if (week.week() >= 52) {
            return wave * 0.5;
        }
        return week.week() == 1 ? wave * 0.7 : wave;
    }

    private static double rawIncidents(IsoWeek week) {
        double wave = 1 + 0.25 * Math.cos(2 * Math.PI * (week.week() - 28) / 52.0);
        if (holdsNewYear(week) || holdsKingsDay(week)) {
            return wave * 1.4;
        }
        return wave;
    }

    private static double scale(java.util.function.ToDoubleFunction<IsoWeek> curve) {
        double sum = 0;
        for (int w = 1; w <= 52; w++) {
            sum += curve.applyAsDouble(new IsoWeek(2023, w));
        }
        return sum / 52;
    }
}
