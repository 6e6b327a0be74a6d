/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.access;

import java.util.UUID;

/** An organisation that sends or reads data: a drug-checking service, an ambulance service, a monitoring centre. */
public record Organisation(UUID id, String code, String name) {}
