/* Signaal: national drug monitoring, early warning and risk communication. */
/**
 * Outbreak detection on weekly count series, with the numbers of the R {@code surveillance} package: Farrington
 * (1996), Farrington flexible (Noufaily et al. 2013), EARS C1-C3 and the negative-binomial CUSUM. Every method reads a
 * {@link nl.signaal.stats.detection.Series} and gives one {@link nl.signaal.stats.detection.Detection} per evaluated
 * time point.
 *
 * <p>Named interface {@code detection} of the {@code stats} module, so that application modules may use it (Spring
 * Modulith treats sub-packages as internal otherwise); the annotation is the only trace of Spring in {@code stats}.
 */
@NamedInterface("detection")
@NullMarked
package nl.signaal.stats.detection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
