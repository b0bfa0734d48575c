package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/** Problems that refuse an import: the first {@code cap} are kept to list, the rest only counted. Thread-safe. */
final class ProblemList {

    private final int cap;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long total;

    ProblemList(int cap) {
        this.cap = cap;
    }

    synchronized void add(ImportProblem problem) {
        total++;
        if (listed.size() < cap) {
            listed.add(problem);
        }
    }

    synchronized void addAll(List<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    synchronized boolean isEmpty() {
        return total == 0;
    }

    synchronized long total() {
        return total;
    }

    synchronized List<ImportProblem> listed() {
        return List.copyOf(listed);
    }

    synchronized long unlisted() {
        return total - listed.size();
    }
}
