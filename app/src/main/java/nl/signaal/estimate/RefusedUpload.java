/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import java.util.List;

/** An upload refused as a whole: nothing of it is stored. */
public final class RefusedUpload extends Exception {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // records of strings, never serialised in practice
    private final List<Refusal> refusals;

    RefusedUpload(List<Refusal> refusals) {
        super(refusals.size() + " problem(s)", null, false, false);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
