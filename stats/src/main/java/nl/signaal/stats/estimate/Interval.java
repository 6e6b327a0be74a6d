/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

/** A population size estimate with its 95% interval. */
public record Interval(double estimate, double low, double high) {

    /**
     * The standard error that a symmetric normal interval of this width would have: how an interval's uncertainty is
     * carried into a sum or an average when only the interval is known.
     */
    double standardError() {
        return (high - low) / (2 * Z_95);
    }

    /** {@code qnorm(0.975)}. */
    static final double Z_95 = 1.959963984540054;
}
