package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/** Problems that refuse an import: the first {@code cap} are kept to list, the rest only counted. */
final class ProblemList {

    private final int cap;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long total;

    ProblemList(int cap) {
        this.cap = cap;
    }

    void add(ImportProblem problem) {
        total++;
        if (listed.size() < cap) {
            listed.add(problem);
        }
    }

    void addAll(List<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    boolean isEmpty() {
        return total == 0;
    }

    long total() {
        return total;
    }

    List<ImportProblem> listed() {
        return listed;
    }

    long unlisted() {
        return total - listed.size();
    }
}
