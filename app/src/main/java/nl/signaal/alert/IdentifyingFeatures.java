/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What lets people recognise the product. Every field may be empty.
 *
 * @param substance what was found in it, as people say it ("protonitazene")
 * @param soldAs what it was sold as ("oxycodon 80 mg")
 * @param form tablet, powder, capsule, liquid, ...
 * @param logo the tablet's logo ("Tesla")
 * @param colour the tablet's colour
 * @param weightMg the tablet's weight
 * @param dose the amount found per unit, with its unit and salt form ("280 mg MDMA·HCl")
 */
public record IdentifyingFeatures(
        @Nullable String substance,
        @Nullable String soldAs,
        @Nullable String form,
        @Nullable String logo,
        @Nullable String colour,
        @Nullable BigDecimal weightMg,
        @Nullable String dose) {

    public static IdentifyingFeatures none() {
        return new IdentifyingFeatures(null, null, null, null, null, null, null);
    }
}
