/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

/**
 * How far the loading of demo data has come.
 *
 * @param percent 0 to 100
 * @param step what is being loaded now, or why loading failed
 */
public record DemoProgress(State state, int percent, String step) {

    public static final DemoProgress NONE = new DemoProgress(State.NONE, 0, "");

    public boolean loading() {
        return state == State.LOADING;
    }

    public boolean failed() {
        return state == State.FAILED;
    }

    /** Where the loading is. */
    public enum State {
        NONE,
        LOADING,
        DONE,
        FAILED
    }
}
