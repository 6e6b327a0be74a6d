/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Age in bands only: Signaal stores no date of birth or exact age. */
public enum AgeBand implements Coded {
    UNDER_15("0-14"),
    AGE_15_17("15-17"),
    AGE_18_24("18-24"),
    AGE_25_34("25-34"),
    AGE_35_44("35-44"),
    AGE_45_54("45-54"),
    AGE_55_64("55-64"),
    AGE_65_PLUS("65+"),
    UNKNOWN("unknown");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    static AgeBand of(String text) {
        return Coded.parseOrThrow(AgeBand.class, text);
    }
}
