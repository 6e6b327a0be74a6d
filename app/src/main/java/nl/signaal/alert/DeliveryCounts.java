/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** Deliveries to subscribers of a warning's messages, by outcome so far. */
public record DeliveryCounts(long delivered, long pending, long failed) {}
