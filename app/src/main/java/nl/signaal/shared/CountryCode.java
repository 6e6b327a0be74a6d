/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case ({@code NL}, {@code BE}, {@code US}). */
public record CountryCode(String value) {

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    // after ISO_CODES: the constructor checks against it
    public static final CountryCode NETHERLANDS = new CountryCode("NL");

    public CountryCode {
        if (!ISO_CODES.contains(value)) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not an ISO 3166-1 alpha-2 country code (e.g. NL, BE)");
        }
    }

    public static boolean isKnown(String value) {
        return ISO_CODES.contains(value);
    }

    public boolean isNetherlands() {
        return equals(NETHERLANDS);
    }

    @Override
    public String toString() {
        return value;
    }
}
