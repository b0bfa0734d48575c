package io.ledgerline.domain;

import java.util.List;

/** Input that Ledgerline will not take: the case is left as it was. Carries every problem found. */
public class InputRefusedException extends LedgerlineException {

    private final List<ImportProblem> problems;
    private final long moreProblems;

    public InputRefusedException(String summary, List<ImportProblem> problems, long moreProblems) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    public InputRefusedException(String summary) {
        this(summary, List.of(), 0);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The problems, one {@code file:line: column: reason} per line, and the count of any beyond the list. */
    public String problemLines() {
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : problems) {
            text.append(problem).append('\n');
        }
        if (moreProblems > 0) {
            text.append("... and ").append(moreProblems).append(" more\n");
        }
        return text.toString();
    }

    /** How many problems were found beyond those listed (the list is capped). */
    public long moreProblems() {
        return moreProblems;
    }
}
