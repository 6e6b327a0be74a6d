/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

/** The level of a Dutch region. */
public enum RegionKind {
    COUNTRY,
    PROVINCE,
    GGD_REGION
}
