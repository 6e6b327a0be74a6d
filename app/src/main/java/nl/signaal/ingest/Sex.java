/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Sex as recorded by the reporter. */
public enum Sex implements Coded {
    MALE("male", "m", "man"),
    FEMALE("female", "f", "v", "vrouw"),
    OTHER("other", "x"),
    UNKNOWN("unknown");

    private final String code;
    private final String[] aliases;

    Sex(String code, String... aliases) {
        this.code = code;
        this.aliases = aliases;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String[] aliases() {
        return aliases.clone();
    }

    @JsonCreator
    static Sex of(String text) {
        return Coded.parseOrThrow(Sex.class, text);
    }
}
