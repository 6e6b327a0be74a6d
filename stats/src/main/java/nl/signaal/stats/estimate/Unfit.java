/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import org.jspecify.annotations.Nullable;

/**
 * Why a model gives no estimate: a reason a page can word in its reader's language, and its English wording.
 *
 * @param list the list concerned, for the reasons about one list
 */
public record Unfit(Reason reason, @Nullable String list) {

    /** The reasons. */
    public enum Reason {
        /** More coefficients than the observed cells determine (e.g. two lists with their interaction). */
        NOT_DETERMINED,
        /** The fit runs off to infinity, as when lists the model takes as independent have no one in common. */
        DIVERGES,
        /**
         * Empty cells take coefficients to minus infinity and what remains leaves the intercept free: any number the
         * iterations stop at means nothing.
         */
        EMPTY_CELLS,
        NO_ONE_SEEN,
        LIST_SAW_NO_ONE,
        /** Then no one can be unseen by all lists, whatever the model. */
        LIST_SAW_EVERYONE
    }

    static Unfit of(Reason reason) {
        return new Unfit(reason, null);
    }

    /** In English, for the command line. */
    public String english() {
        return switch (reason) {
            case NOT_DETERMINED ->
                "cannot be fitted: it has more coefficients than the observed cells determine, so the number seen by"
                        + " no list is not determined";
            case DIVERGES ->
                "has no finite estimate: the fit runs off to infinity, as it does when lists that this model takes"
                        + " as independent have no one in common";
            case EMPTY_CELLS ->
                "has no estimate: its empty cells leave the number seen by no list undetermined (the fit stops"
                        + " anywhere along a ridge)";
            case NO_ONE_SEEN -> "no one was seen by any list";
            case LIST_SAW_NO_ONE -> "list " + list + " saw no one: leave it out";
            case LIST_SAW_EVERYONE ->
                "list " + list + " saw everyone the other lists saw, so nothing tells how many no list saw;"
                        + " capture-recapture needs lists that each miss people";
        };
    }

    @Override
    public String toString() {
        return english();
    }
}
