/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.Fingerprints;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleResults;
import nl.signaal.ingest.TabletFeatures;
import nl.signaal.shared.ImageType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

@Component
class SampleType implements ObservationType<SampleRecord> {

    static final Table SAMPLE = new Table(
            "ingest_sample",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "sample_date",
            "result_date",
            "country",
            "region_code",
            "place",
            "service_location",
            "sold_as",
            "form",
            "tablet_logo",
            "tablet_colour",
            "tablet_diameter_mm",
            "tablet_thickness_mm",
            "tablet_weight_mg",
            "tablet_score_line",
            "price_eur",
            "purchase_channel",
            "note",
            "fingerprint",
            "results_fingerprint",
            "results_batch_id");
    static final Table PHOTO = new Table("ingest_sample_photo", "sample_id", "content_type", "content");
    static final Table LAB_RESULT = new Table(
            "ingest_lab_result",
            "sample_id",
            "position",
            "substance",
            "amount",
            "unit",
            "salt_form",
            "abundance",
            "method",
            "smiles");

    private final DataSize maxPhotoSize;

    SampleType(IngestProperties properties) {
        this.maxPhotoSize = properties.maxPhotoSize();
    }

    @Override
    public ObservationKind kind() {
        return ObservationKind.SAMPLE;
    }

    @Override
    public List<Table> tables() {
        return List.of(SAMPLE, PHOTO, LAB_RESULT);
    }

    @Override
    public @Nullable SampleRecord check(SampleRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        if (checks.required("sample_date", r.sampleDate())) {
            checks.pastDate("sample_date", r.sampleDate());
        }
        checks.pastDate("result_date", r.resultDate());
        var location = checks.location(r.country(), r.regionCode(), r.place());
        checks.text("service_location", r.serviceLocation(), 200);
        checks.text("sold_as", r.soldAs(), 200);
        checks.required("form", r.form());
        TabletFeatures tablet = r.tablet();
        checkTablet(r.form(), tablet, checks);
        checks.range("price_eur", r.priceEur(), BigDecimal.ZERO, BigDecimal.valueOf(10_000), "euro");
        SampleRecord.Photo photo = r.photo();
        if (photo != null) {
            checkPhoto(photo, checks);
        }
        checks.text("note", r.note(), 1000);
        ResultChecks.check(r.resultsOrEmpty(), checks);
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new SampleRecord(
                r.externalId(),
                r.sampleDate(),
                r.resultDate(),
                location.country(),
                location.regionCode(),
                location.place(),
                r.serviceLocation(),
                r.soldAs(),
                r.form(),
                tablet,
                r.priceEur(),
                r.purchaseChannel(),
                photo,
                r.results(),
                r.note());
    }

    /**
     * A photo is judged by its content, as it is served later under its type: a JPEG, PNG or WebP image by its first
     * bytes, of the type it claims, within the configured size.
     */
    private void checkPhoto(SampleRecord.Photo photo, Checks checks) {
        byte[] content = photo.content();
        if (content.length > maxPhotoSize.toBytes()) {
            checks.fail(
                    "photo",
                    content.length + " bytes",
                    Reason.PHOTO_TOO_LARGE,
                    maxPhotoSize.toMegabytes(),
                    maxPhotoSize.toBytes());
            return;
        }
        ImageType type = ImageType.of(content).orElse(null);
        if (type == null) {
            checks.fail("photo", photo.contentType(), Reason.PHOTO_NOT_IMAGE);
        } else if (!type.mediaType().equals(photo.contentType())) {
            checks.fail("photo", photo.contentType(), Reason.PHOTO_TYPE_MISMATCH, type.mediaType());
        }
    }

    /** Tablet features, which only a tablet or capsule can have. */
    static void checkTablet(SampleRecord.@Nullable Form form, @Nullable TabletFeatures tablet, Checks checks) {
        if (tablet == null || tablet.isEmpty()) {
            return;
        }
        if (form != null && form != SampleRecord.Form.TABLET && form != SampleRecord.Form.CAPSULE) {
            checks.fail("form", form.code(), Reason.TABLET_FEATURES_FORM);
        }
        checks.text("tablet_logo", tablet.logo(), 100);
        checks.text("tablet_colour", tablet.colour(), 60);
        checks.range("tablet_diameter_mm", tablet.diameterMm(), BigDecimal.ONE, BigDecimal.valueOf(40), "mm");
        checks.range("tablet_thickness_mm", tablet.thicknessMm(), new BigDecimal("0.5"), BigDecimal.valueOf(20), "mm");
        checks.range("tablet_weight_mg", tablet.weightMg(), BigDecimal.TEN, BigDecimal.valueOf(5_000), "mg");
    }

    @Override
    public void write(SampleRecord r, Stored stored, List<List<Object[]>> rows) {
        TabletFeatures tablet = r.tablet();
        boolean hasResults = !r.resultsOrEmpty().isEmpty();
        rows.get(0).add(new Object[] {
            stored.id(),
            stored.batchId(),
            stored.organisationId(),
            r.externalId(),
            r.sampleDate(),
            r.resultDate(),
            r.country(),
            r.regionCode(),
            r.place(),
            r.serviceLocation(),
            r.soldAs(),
            r.form().code(),
            tablet == null ? null : tablet.logo(),
            tablet == null ? null : tablet.colour(),
            tablet == null ? null : tablet.diameterMm(),
            tablet == null ? null : tablet.thicknessMm(),
            tablet == null ? null : tablet.weightMg(),
            tablet == null || tablet.scoreLine() == null
                    ? null
                    : tablet.scoreLine().code(),
            r.priceEur(),
            r.purchaseChannel() == null ? null : r.purchaseChannel().code(),
            r.note(),
            stored.fingerprint(),
            hasResults ? Fingerprints.of(new SampleResults(r.externalId(), r.resultsOrEmpty())) : null,
            hasResults ? stored.batchId() : null
        });
        SampleRecord.Photo photo = r.photo();
        if (photo != null) {
            rows.get(1).add(new Object[] {stored.id(), photo.contentType(), photo.content()});
        }
        ResultChecks.write(stored.id(), r.resultsOrEmpty(), rows.get(2));
    }
}
