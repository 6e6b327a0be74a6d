/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.util.List;

/** A batch was refused and nothing of it stored. Carries every problem found (up to a limit) and how many in all. */
public class BatchRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ObservationKind kind;
    private final List<Problem> problems;
    private final int problemCount;

    public BatchRejectedException(ObservationKind kind, List<Problem> problems, int problemCount) {
        super(problemCount + " problem(s) in the " + kind.path() + " batch; nothing was stored. First: "
                + (problems.isEmpty() ? "-" : problems.getFirst()));
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public ObservationKind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int problemCount() {
        return problemCount;
    }
}
