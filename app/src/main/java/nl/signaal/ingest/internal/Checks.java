/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import nl.signaal.region.Region;
import nl.signaal.region.Regions;
import nl.signaal.shared.CountryCode;
import nl.signaal.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The checks a record must pass, reporting each failure as a {@link nl.signaal.ingest.Problem} with the record's line
 * and position. Field names are those of the CSV columns; JSON uses the same names in camel case.
 */
final class Checks {

    /** Nothing in Signaal predates this; an earlier date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final Problems problems;
    private final Regions regions;
    private final LocalDate today;
    private long recordLine;
    private int record;
    private long[] itemLines = new long[0];
    private long line;
    private String prefix = "";
    private java.util.Set<String> unreadable = java.util.Set.of();

    Checks(Problems problems, Regions regions, LocalDate today) {
        this.problems = problems;
        this.regions = regions;
        this.today = today;
    }

    /**
     * Checks the record at this position from here on.
     *
     * @param itemLines the CSV line of each nested item (lab result, substance), empty for JSON
     * @param unreadable fields ({@code line:column}) whose text could not be read, already reported
     */
    Checks at(long line, int record, long[] itemLines, java.util.Set<String> unreadable) {
        this.unreadable = unreadable;
        this.recordLine = line;
        this.line = line;
        this.record = record;
        this.itemLines = itemLines;
        this.prefix = "";
        return this;
    }

    /**
     * Checks the {@code index}th nested item from here on: in a CSV file each item has its own line and the column
     * names are plain; in JSON the field is named by its path, e.g. {@code results[2].amount}.
     */
    void item(String collection, int index) {
        if (index < itemLines.length) {
            line = itemLines[index];
            prefix = "";
        } else {
            line = recordLine;
            prefix = collection + "[" + index + "].";
        }
    }

    /** Back to the record's own fields after its items. */
    void recordLevel() {
        line = recordLine;
        prefix = "";
    }

    int problemCount() {
        return problems.count();
    }

    void fail(@Nullable String field, @Nullable Object value, Reason reason, Object... args) {
        problems.add(
                line,
                record,
                field == null ? null : prefix + field,
                value == null ? null : value.toString(),
                reason,
                args);
    }

    /** Whether a field's text was there but could not be read (and was reported so): its value is null here. */
    boolean unreadable(String field) {
        return unreadable.contains(line + ":" + field);
    }

    boolean required(String field, @Nullable Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            // a value that was there but could not be read has been reported already
            if (!unreadable(field)) {
                fail(field, null, Reason.REQUIRED);
            }
            return false;
        }
        return true;
    }

    void text(String field, @Nullable String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            fail(field, value, Reason.TOO_LONG, maxLength);
        } else if (hasControlCharacter(value)) {
            fail(field, value, Reason.CONTROL_CHARACTERS);
        }
    }

    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return true;
            }
        }
        return false;
    }

    void requiredText(String field, @Nullable String value, int maxLength) {
        if (required(field, value)) {
            text(field, value, maxLength);
        }
    }

    /** A date on which something was observed: not in the future, not before {@link #EARLIEST}. */
    void pastDate(String field, @Nullable LocalDate date) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            fail(field, date, Reason.FUTURE_DATE, today);
        } else if (date.isBefore(EARLIEST)) {
            fail(field, date, Reason.EARLY_DATE, EARLIEST);
        }
    }

    void range(String field, @Nullable BigDecimal value, BigDecimal min, BigDecimal max, String unit) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            fail(field, value.toPlainString(), Reason.NEGATIVE);
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            if (unit.isEmpty()) {
                fail(field, value.toPlainString(), Reason.RANGE, min, max);
            } else {
                fail(field, value.toPlainString(), Reason.RANGE_UNIT, min, max, unit);
            }
            ;
        }
    }

    void range(String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            if (value < 0) {
                fail(field, value, Reason.NEGATIVE);
            } else {
                fail(field, value, Reason.RANGE, min, max);
            }
            ;
        }
    }

    void notEmpty(String field, @Nullable Collection<?> values) {
        if (values == null || values.isEmpty()) {
            fail(field, null, Reason.EMPTY_LIST);
        }
    }

    /**
     * Country and region together: the country defaults to NL; a Dutch record may name a GGD region or province, or a
     * place that is mapped to its GGD region; a record from abroad keeps its place as given and has no region.
     *
     * @return where the record is, or {@code null} when it could not be placed (a problem was reported)
     */
    @Nullable
    Location location(@Nullable String country, @Nullable String regionCode, @Nullable String place) {
        String countryCode =
                country == null || country.isBlank() ? "NL" : country.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CountryCode.isKnown(countryCode)) {
            fail("country", country, Reason.COUNTRY);
            return null;
        }
        text("place", place, 200);
        boolean dutch = countryCode.equals("NL");
        if (regionCode != null && !regionCode.isBlank()) {
            if (!dutch) {
                fail("region_code", regionCode, Reason.REGION_ABROAD, countryCode);
                return null;
            }
            if (!RegionCode.isWellFormed(regionCode) || regions.find(regionCode).isEmpty()) {
                fail("region_code", regionCode, Reason.REGION_UNKNOWN);
                return null;
            }
            return new Location(countryCode, regionCode, place);
        }
        if (dutch && place != null && !place.isBlank()) {
            return regions.findByPlace(place)
                    .map(Region::code)
                    .map(code -> new Location(countryCode, code.value(), place))
                    .orElseGet(() -> {
                        fail("place", place, Reason.PLACE_UNKNOWN);
                        return null;
                    });
        }
        return new Location(countryCode, null, place);
    }

    /** Where a record is: an ISO country, a CBS region code for Dutch records, the place as given. */
    record Location(
            String country,
            @Nullable String regionCode,
            @Nullable String place) {}
}
