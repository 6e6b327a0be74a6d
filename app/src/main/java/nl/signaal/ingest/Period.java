/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import nl.signaal.shared.IsoWeek;

/**
 * A span of days, both ends inclusive, written as a day ({@code 2024-03-13}), an ISO week ({@code 2024-W11}), a month
 * ({@code 2024-03}), a year ({@code 2024}) or an interval ({@code 2024-03-13/2024-03-19}).
 */
public record Period(LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    @JsonCreator
    public static Period parse(String text) {
        String t = text.trim();
        try {
            if (YEAR.matcher(t).matches()) {
                int year = Integer.parseInt(t);
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (MONTH.matcher(t).matches()) {
                YearMonth month = YearMonth.parse(t);
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
            if (WEEK.matcher(t).matches()) {
                LocalDate monday = IsoWeek.parse(t).monday();
                return new Period(monday, monday.plusDays(6));
            }
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new Period(LocalDate.parse(t.substring(0, slash)), LocalDate.parse(t.substring(slash + 1)));
            }
            LocalDate day = LocalDate.parse(t);
            return new Period(day, day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a period: write a day (2024-03-13), ISO week (2024-W11), month (2024-03), "
                            + "year (2024) or interval (2024-03-13/2024-03-19)",
                    e);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }
}
