/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.shared;

import java.util.regex.Pattern;

/**
 * A CBS region code: the country {@code NL}, a province ({@code PV20} … {@code PV31}) or a GGD region ({@code GG0111}
 * …). Only the form is checked here; whether the region exists is the region module's business.
 */
public record RegionCode(String value) {

    private static final Pattern FORM = Pattern.compile("NL|PV\\d{2}|GG\\d{4}");

    public RegionCode {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a CBS region code (expected NL, PVnn or GGnnnn, e.g. GG3406)");
        }
    }

    public static boolean isWellFormed(String value) {
        return FORM.matcher(value).matches();
    }

    public boolean isGgdRegion() {
        return value.startsWith("GG");
    }

    public boolean isProvince() {
        return value.startsWith("PV");
    }

    @Override
    public String toString() {
        return value;
    }
}
