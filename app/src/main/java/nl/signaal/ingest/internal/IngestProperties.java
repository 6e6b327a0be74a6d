/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one request may send.
 *
 * @param maxReportedProblems problems listed in a rejection; all are counted
 * @param maxBatchRecords records in one JSON batch
 * @param maxUploadSize bytes in one request body through the API, a CSV upload or JSON (the command line has no limit)
 * @param maxPhotoSize bytes in a sample's photo, through the API or the sample form
 */
@ConfigurationProperties("signaal.ingest")
record IngestProperties(int maxReportedProblems, int maxBatchRecords, DataSize maxUploadSize, DataSize maxPhotoSize) {

    IngestProperties {
        if (maxReportedProblems <= 0) {
            maxReportedProblems = 1_000;
        }
        if (maxBatchRecords <= 0) {
            maxBatchRecords = 10_000;
        }
        if (maxUploadSize == null) {
            maxUploadSize = DataSize.ofMegabytes(50);
        }
        if (maxPhotoSize == null) {
            // a photo is for recognising a tablet, not an archive: 5 MB is plenty for a phone picture
            maxPhotoSize = DataSize.ofMegabytes(5);
        }
    }
}
