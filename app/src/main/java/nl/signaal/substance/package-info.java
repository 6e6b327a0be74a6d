/**
 * What a substance is: the catalogue of known substances with the names labs write for them, their structures,
 * InChIKeys and groups; recognition of a reported name or structure; generic group membership by chemical structure
 * (CDK); legal status on a date (Opium Act lists, including generic group listings); first detections. Owns the
 * {@code substance_*} tables; the catalogue's source of truth is {@code substance/catalogue.csv}.
 *
 * <p>Consumes {@link nl.signaal.ingest.ObservationsAccepted} to recognise the substances of new records. Publishes
 * {@link nl.signaal.substance.SubstanceFirstDetected}.
 */
@ApplicationModule(allowedDependencies = {"shared", "region", "access", "ingest"})
@NullMarked
package nl.signaal.substance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
