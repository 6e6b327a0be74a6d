/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.surveillance;

import java.time.LocalDate;

/**
 * The records of a series in one region and period.
 *
 * @param region a GGD region code, or {@code NL} for the whole country (every Dutch record, with or without a region)
 * @param start the period's first day: a Monday or the first of a month
 */
public record RegionCount(String region, LocalDate start, long n) {}
