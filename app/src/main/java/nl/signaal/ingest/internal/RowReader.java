/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.Period;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values from CSV rows, reporting each value it cannot read with its line and column. A value it cannot
 * read becomes {@code null}, and is remembered so that it is not reported a second time as missing.
 */
final class RowReader {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final Problems problems;
    private final boolean decimalComma;
    private final Set<String> unreadable = new HashSet<>();
    private int record;

    RowReader(Problems problems, boolean decimalComma) {
        this.problems = problems;
        this.decimalComma = decimalComma;
    }

    /** Starts reading the rows of the record at this position. */
    void startRecord(int record) {
        this.record = record;
        unreadable.clear();
    }

    Set<String> unreadable() {
        return Set.copyOf(unreadable);
    }

    int record() {
        return record;
    }

    void fail(SourceRow row, @Nullable String column, @Nullable String value, Reason reason, Object... args) {
        unreadable(row, column);
        problems.add(row.line(), record, column, value, reason, args);
    }

    /** A value refused with a complaint worded by its own type, in English only. */
    private void fail(SourceRow row, String column, String value, String reason) {
        unreadable(row, column);
        problems.add(row.line(), record, column, value, reason);
    }

    private void unreadable(SourceRow row, @Nullable String column) {
        if (column != null) {
            unreadable.add(row.line() + ":" + column);
        }
    }

    @Nullable
    String text(SourceRow row, String column) {
        return row.get(column);
    }

    @Nullable
    LocalDate date(SourceRow row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 && text.charAt(2) == '-'
                    ? LocalDate.parse(text, DUTCH_DATE)
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fail(row, column, text, Reason.NOT_DATE);
            return null;
        }
    }

    @Nullable
    BigDecimal decimal(SourceRow row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        String plain = decimalComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal value = new BigDecimal(plain);
            // 182.0 and 182 are the same amount: store one form so a re-sent record is recognised
            return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            fail(row, column, text, decimalComma ? Reason.NOT_NUMBER : Reason.NOT_NUMBER_POINT);
            return null;
        }
    }

    @Nullable
    Integer integer(SourceRow row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            fail(row, column, text, Reason.NOT_WHOLE_NUMBER);
            return null;
        }
    }

    @Nullable
    Boolean bool(SourceRow row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "y", "j" -> Boolean.TRUE;
            case "false", "no", "nee", "0", "n" -> Boolean.FALSE;
            default -> {
                fail(row, column, text, Reason.NOT_BOOLEAN);
                yield null;
            }
        };
    }

    <E extends Enum<E> & Coded> @Nullable E coded(SourceRow row, String column, Class<E> type) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        var value = Coded.parse(type, text);
        if (value.isEmpty()) {
            fail(row, column, text, Reason.NOT_CODE, Coded.codes(type));
            return null;
        }
        return value.get();
    }

    @Nullable
    Period period(SourceRow row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            fail(row, column, text, String.valueOf(e.getMessage()));
            return null;
        }
    }
}
