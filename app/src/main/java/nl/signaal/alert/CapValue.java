/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum whose constants are CAP 1.2 code values: {@code ALL_CLEAR} is written {@code AllClear}. */
public interface CapValue {

    String name();

    /** The value as the CAP 1.2 specification spells it. */
    default String cap() {
        return Arrays.stream(name().split("_"))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
