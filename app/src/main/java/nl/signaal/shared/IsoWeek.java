/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2025-W14}: weeks start on Monday, week 1 holds the year's first Thursday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in ISO year " + year + " (it has " + weeksIn(year) + " weeks)");
        }
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static IsoWeek parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new DateTimeParseException("expected an ISO week such as 2025-W14", text, 0);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The Monday that starts this week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(week - 1L);
    }

    /** The Sunday that ends this week. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return "%04d-W%02d".formatted(year, week);
    }
}
