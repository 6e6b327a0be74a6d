/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

/**
 * What a piece of evidence shows, and so what kind of signal it opens. The order is the order of priority: a potent
 * opioid sold as something else comes first.
 */
public enum SignalKind {
    /** A nitazene, fentanyl analogue or other high-potency opioid where it was sold as something else. */
    POTENT_OPIOID_MIS_SOLD(1),
    /** A high-potency opioid in a sample, seizure or case. */
    POTENT_OPIOID(1),
    /** N severe incidents with the same substance in one region within D days. */
    INCIDENT_CLUSTER(2),
    /** A dangerous substance found where something else was sold. */
    MIS_SOLD(2),
    /** A substance seen for the first time, nationally or in a region. */
    FIRST_DETECTION(2),
    /** A dose above the configured threshold, such as MDMA per tablet. */
    HIGH_DOSE(3),
    /** A dangerous adulterant such as PMMA or atropine. */
    DANGEROUS_ADULTERANT(3),
    /** The space-time permutation scan found a cluster of incidents. */
    SPACE_TIME_CLUSTER(3),
    /** A week of a series above the threshold of a statistical method. */
    STATISTICAL_ABERRATION(4);

    private final int priority;

    SignalKind(int priority) {
        this.priority = priority;
    }

    /** 1 is the most urgent. */
    public int priority() {
        return priority;
    }
}
