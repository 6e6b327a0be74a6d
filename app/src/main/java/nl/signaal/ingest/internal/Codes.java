/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import nl.signaal.ingest.Coded;
import org.jspecify.annotations.Nullable;

final class Codes {

    private Codes() {}

    /** The stored code of an optional value. */
    static @Nullable String of(@Nullable Coded value) {
        return value == null ? null : value.code();
    }
}
