/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

/** The periods records are counted by: ISO weeks (starting on Monday) and calendar months. */
public enum CountPeriod {
    WEEK,
    MONTH
}
