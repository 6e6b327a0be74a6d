/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import nl.signaal.ingest.ObservationKind;

/**
 * One weekly series: the records of a source that hold a substance, a group, or all records of the source.
 *
 * @param source {@code SAMPLE} (samples tested, by the substances their lab results found), {@code INCIDENT} (by
 *     every substance reported, suspected or confirmed), {@code SEIZURE} or {@code TOXICOLOGY_CASE}
 * @param subject a substance id or group id; {@link #ALL} for every record of the source (the population)
 * @param region a GGD region code, or {@code NL} for the country
 */
public record SeriesKey(ObservationKind source, Scope scope, String subject, String region) {

    /** The subject of the series of all records of a source. */
    public static final String ALL = "*";

    public static final String NATIONAL = "NL";

    /** What the subject of a series is. */
    public enum Scope {
        SUBSTANCE,
        GROUP,
        ALL
    }

    /** Reads the text of {@link #text()}. */
    public static SeriesKey parse(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a series key is SOURCE|SCOPE|subject|region, not " + text);
        }
        return new SeriesKey(ObservationKind.valueOf(parts[0]), Scope.valueOf(parts[1]), parts[2], parts[3]);
    }

    /** The series as one text, {@code SOURCE|SCOPE|subject|region}, for storing it beside what it explains. */
    public String text() {
        return String.join("|", source.name(), scope.name(), subject, region);
    }

    /** The series of every record of the same source and region: the population of this one. */
    public SeriesKey population() {
        return new SeriesKey(source, Scope.ALL, ALL, region);
    }
}
