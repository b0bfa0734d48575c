package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.importer.CollisionReasons;
import io.ledgerline.store.Collision;
import io.ledgerline.store.EvidenceRow;
import io.ledgerline.store.FileResult;
import io.ledgerline.store.ImportWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a timeline's events in batches inside the import's transaction and sorts out rows whose event_id is already
 * in the case: same content is a duplicate (counted), other content a conflict (refuses the file).
 */
final class TimelineBatch {

    static final int MAX_LISTED = 200;
    private static final int SIZE = 4_000;

    private final String fileName;
    private final ImportWriter writer;
    private final long fileId;
    private final long started = System.nanoTime();
    private final List<EvidenceRow<Event>> rows = new ArrayList<>(SIZE);
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private long imported;
    private long duplicates;

    TimelineBatch(String fileName, ImportWriter writer, long fileId) {
        this.fileName = fileName;
        this.writer = writer;
        this.fileId = fileId;
    }

    void add(EvidenceRow<Event> row) {
        rows.add(row);
        if (rows.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        List<Collision> collisions = writer.insertEvents(fileId, rows);
        imported += rows.size() - collisions.size();
        List<Collision> differing = new ArrayList<>();
        for (Collision c : collisions) {
            if (c.sameFile()) {
                problem(c.line(), CollisionReasons.repeat(c));
            } else if (c.sameContent()) {
                duplicates++;
            } else {
                differing.add(c);
            }
        }
        sortDiffering(differing);
        rows.clear();
    }

    /**
     * A differing hash may still be the same event: a timeline written by Ledgerline says "success" where the case
     * export left the outcome empty. Same fields (amounts by value) and same extra columns make it a duplicate.
     */
    private void sortDiffering(List<Collision> differing) {
        if (differing.isEmpty()) {
            return;
        }
        Map<String, Event> existing = writer.events(differing.stream().map(Collision::key).toList());
        Map<Long, Event> byLine = new HashMap<>();
        rows.forEach(r -> byLine.put(r.line(), r.value()));
        for (Collision c : differing) {
            if (SameEvent.test(existing.get(c.key()), byLine.get(c.line()))) {
                duplicates++;
            } else {
                problem(c.line(), CollisionReasons.conflict(c));
            }
        }
    }

    private void problem(long line, String reason) {
        problemCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(new ImportProblem(fileName, line, "event_id", reason));
        }
    }

    /** Throws the refusal when any row collided badly; the transaction then writes nothing. */
    void refuseIfAny() {
        if (problemCount > 0) {
            throw TimelineReading.refused(fileName, problems, problemCount);
        }
    }

    void finish() {
        long millis = (System.nanoTime() - started) / 1_000_000;
        writer.finishFile(fileId, new FileResult(imported, duplicates, 0, 0, millis), List.of());
    }

    long imported() {
        return imported;
    }

    long duplicates() {
        return duplicates;
    }
}
