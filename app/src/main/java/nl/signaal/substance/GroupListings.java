/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The generic group listings of the Opium Act ({@code substance/group-listings.csv}) and the rule that turns them,
 * with a substance's own listing, into its legal status on a date. Plain Java: used by the application and by {@code
 * ./signaal classify}, which has no database.
 */
public final class GroupListings {

    public static final String RESOURCE = "/substance/group-listings.csv";

    /**
     * A listing of a whole group.
     *
     * @param listedFrom when it took effect; {@code null} when {@code configured}
     * @param configured the date comes from configuration ({@code signaal.substance.nitazene-listing-date})
     */
    public record Listing(
            String groupId,
            String list,
            @Nullable LocalDate listedFrom,
            boolean configured,
            @Nullable String basis) {}

    private final List<Listing> listings;

    public GroupListings(Collection<Listing> listings) {
        this.listings = List.copyOf(listings);
    }

    /** The listings shipped with this version of Signaal; a malformed row fails with its line, the file is curated. */
    public static GroupListings shipped() {
        try (InputStream in = GroupListings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the group listings " + RESOURCE + " are missing from the jar");
            }
            List<Listing> listings = new ArrayList<>();
            var parser = SubstanceCatalogue.CURATED_FILE.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (CSVRecord row : parser) {
                listings.add(listing(row));
            }
            return new GroupListings(listings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Listing listing(CSVRecord row) {
        String from = row.get("listed_from").strip();
        boolean configured = from.equals("configured");
        try {
            return new Listing(
                    row.get("group").strip(),
                    row.get("list").strip(),
                    configured || from.isEmpty() ? null : LocalDate.parse(from),
                    configured,
                    row.get("legal_basis"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    RESOURCE + " line " + row.getRecordNumber() + ": listed_from '" + from + "' is not a date", e);
        }
    }

    public List<Listing> all() {
        return listings;
    }

    /**
     * The legal status on a date: a substance named on a list is controlled from the listing's date; otherwise, unless
     * it is an exempted medicine, it is controlled by the first of its groups listed as a whole by that date.
     *
     * @param list the list the substance is named on, or {@code null}
     * @param listedFrom when that naming took effect, {@code null} when it predates any record
     * @param configuredDates dates of group listings that come from configuration (the nitazenes); a group without
     *     one is not listed
     */
    public LegalStatus statusOn(
            @Nullable String list,
            @Nullable LocalDate listedFrom,
            boolean exempt,
            Collection<String> groups,
            LocalDate date,
            Map<String, LocalDate> configuredDates) {
        if (list != null && (listedFrom == null || !date.isBefore(listedFrom))) {
            return new LegalStatus(list, listedFrom, "named on list " + list);
        }
        if (exempt) {
            return LegalStatus.notListed("exempted medicine, not covered by group listings");
        }
        LegalStatus best = null;
        for (Listing listing : listings) {
            if (!groups.contains(listing.groupId())) {
                continue;
            }
            LocalDate from = listing.configured() ? configuredDates.get(listing.groupId()) : listing.listedFrom();
            if (from == null || date.isBefore(from)) {
                continue;
            }
            if (best == null || (best.since() != null && from.isBefore(best.since()))) {
                best = new LegalStatus(
                        listing.list(), from, listing.groupId() + ": group listing on list " + listing.list());
            }
        }
        if (best != null) {
            return best;
        }
        return LegalStatus.notListed(list != null ? "named on list " + list + " from " + listedFrom : "not listed");
    }
}
