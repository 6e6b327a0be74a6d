/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.Locale;

/**
 * Why a value, record or file is refused. Each reason is a message {@code ingest.reason.<name>} with its arguments:
 * the English wording ({@code messages_en}) is the {@code reason} of the REST API, which senders' software may show
 * or log, and the pages show the reader's language. Arguments are passed as text, so numbers keep the form the sender
 * wrote.
 */
enum Reason {
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    FUTURE_DATE,
    EARLY_DATE,
    NEGATIVE,
    RANGE,
    RANGE_UNIT,
    EMPTY_LIST,
    COUNTRY,
    REGION_ABROAD,
    REGION_UNKNOWN,
    PLACE_UNKNOWN,
    UNIT_WITHOUT_AMOUNT,
    AMOUNT_WITHOUT_UNIT,
    PERCENT_OVER_100,
    AMOUNT_WITHOUT_SALT_FORM,
    CONCENTRATION_WITHOUT_UNIT,
    FATAL_SEVERITY,
    CI_LOW_ABOVE_VALUE,
    CI_HIGH_BELOW_VALUE,
    PHOTO_TOO_LARGE,
    PHOTO_NOT_IMAGE,
    PHOTO_TYPE_MISMATCH,
    TABLET_FEATURES_FORM,
    NOT_DATE,
    NOT_NUMBER,
    NOT_NUMBER_POINT,
    NOT_WHOLE_NUMBER,
    NOT_BOOLEAN,
    NOT_CODE,
    EMPTY_FILE,
    MISSING_COLUMNS,
    UNKNOWN_COLUMNS,
    FIELD_COUNT,
    GROUP_NOT_ADJACENT,
    DIFFERS_FROM_LINE,
    NOT_UTF8,
    UNCLOSED_QUOTE,
    TEXT_AFTER_QUOTE,
    DUPLICATE_COLUMN,
    UNREADABLE_FILE,
    EMPTY_BATCH,
    WRONG_KIND,
    UNKNOWN_PROFILE,
    TWICE_IN_BATCH_LINE,
    TWICE_IN_BATCH_RECORD,
    STORED_DIFFERENTLY,
    SAMPLE_NOT_REGISTERED;

    String key() {
        return "ingest.reason." + name().toLowerCase(Locale.ROOT);
    }
}
