/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimals as a lab or a register would write them, without trailing zeros (as the CSV reader stores them). */
final class Rounding {

    private Rounding() {}

    static BigDecimal round(double value, int digits) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }
}
