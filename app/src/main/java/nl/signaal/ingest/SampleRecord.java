/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A drug-checking sample as the service registered it, with the lab results known so far (possibly none: results may
 * follow as {@link SampleResults}).
 *
 * @param country ISO 3166-1 alpha-2 code; {@code null} means the Netherlands
 * @param regionCode CBS code of the GGD region or province, for Dutch samples
 * @param place the place as given; a Dutch place without a region code is mapped to its GGD region
 * @param serviceLocation the drug-checking location that took the sample in
 * @param soldAs what the sample was bought as, as the client said it
 */
public record SampleRecord(
        String externalId,
        LocalDate sampleDate,
        @Nullable LocalDate resultDate,
        @Nullable String country,
        @Nullable String regionCode,
        @Nullable String place,
        @Nullable String serviceLocation,
        @Nullable String soldAs,
        Form form,
        @Nullable TabletFeatures tablet,
        @Nullable BigDecimal priceEur,
        @Nullable PurchaseChannel purchaseChannel,
        @Nullable Photo photo,
        @Nullable List<LabResult> results,
        @Nullable String note)
        implements Observation {

    @Override
    public ObservationKind kind() {
        return ObservationKind.SAMPLE;
    }

    public List<LabResult> resultsOrEmpty() {
        return results == null ? List.of() : results;
    }

    /** This sample with a photo, such as one chosen on the sample form. */
    public SampleRecord withPhoto(@Nullable Photo photo) {
        return new SampleRecord(
                externalId,
                sampleDate,
                resultDate,
                country,
                regionCode,
                place,
                serviceLocation,
                soldAs,
                form,
                tablet,
                priceEur,
                purchaseChannel,
                photo,
                results,
                note);
    }

    /** The physical form of a sample. */
    public enum Form implements Coded {
        TABLET("tablet", "pill"),
        POWDER("powder"),
        CRYSTAL("crystal"),
        LIQUID("liquid"),
        BLOTTER("blotter", "paper"),
        CAPSULE("capsule"),
        OTHER("other");

        private final String code;
        private final String[] aliases;

        Form(String code, String... aliases) {
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
        static Form of(String text) {
            return Coded.parseOrThrow(Form.class, text);
        }
    }

    /** Where the client bought the sample. */
    public enum PurchaseChannel implements Coded {
        STREET("street"),
        DEALER("dealer"),
        ONLINE("online", "online shop", "online market", "darknet"),
        FRIEND("friend"),
        OTHER("other");

        private final String code;
        private final String[] aliases;

        PurchaseChannel(String code, String... aliases) {
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
        static PurchaseChannel of(String text) {
            return Coded.parseOrThrow(PurchaseChannel.class, text);
        }
    }

    /** A photo of the sample, Base64-encoded in JSON. Compared and printed by content digest. */
    public record Photo(String contentType, byte[] content) {

        public Photo {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        public String sha256() {
            return Fingerprints.sha256(content);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Photo p && p.contentType.equals(contentType) && Arrays.equals(p.content, content);
        }

        @Override
        public int hashCode() {
            return contentType.hashCode() * 31 + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Photo[contentType=" + contentType + ", sha256=" + sha256() + "]";
        }
    }
}
