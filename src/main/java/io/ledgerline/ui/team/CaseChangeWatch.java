package io.ledgerline.ui.team;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.task.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices what colleagues write to an open shared case: every {@link #INTERVAL} it asks the server for the newest
 * audit entry's seq (one index look-up) and, when the trail grew, hands the new entries signed by others to the
 * listener. Entries signed with this investigator's own key are skipped: the app already shows its own changes. A
 * local case file is never polled: only this process writes it. Call from the FX thread.
 */
public final class CaseChangeWatch {

    public static final Duration INTERVAL = Duration.seconds(2);
    /** Entries read per poll; more are read on the next one. */
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CaseChangeWatch.class);

    private final TaskRunner tasks;
    private final Consumer<List<AuditEntry>> onOthersChanges;
    private final Duration interval;
    /** Made for the first shared case only: a local case never needs an animation timer. */
    private Timeline timer;
    private CaseFile watched;
    private String ownKeyId;
    private long seenSeq;
    private boolean polling;
    private boolean failing;

    public CaseChangeWatch(TaskRunner tasks, Duration interval, Consumer<List<AuditEntry>> onOthersChanges) {
        this.tasks = tasks;
        this.onOthersChanges = onOthersChanges;
        this.interval = interval;
    }

    /**
     * Watches {@code caseFile} from the audit entry {@code seenSeq} on (the newest the open view has taken in), if it
     * is shared; stops watching any case watched before.
     */
    public void watch(CaseFile caseFile, String ownKeyId, long seenSeq) {
        stop();
        if (!caseFile.shared()) {
            return;
        }
        this.watched = caseFile;
        this.ownKeyId = ownKeyId;
        this.seenSeq = seenSeq;
        if (timer == null) {
            timer = new Timeline(new KeyFrame(interval, e -> poll()));
            timer.setCycleCount(Timeline.INDEFINITE);
        }
        timer.play();
    }

    /** Stops polling; a poll under way is ignored when it returns. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        watched = null;
    }

    /** True while a shared case is watched. */
    public boolean watching() {
        return watched != null;
    }

    private void poll() {
        CaseFile caseFile = watched;
        if (caseFile == null || polling) {
            return;
        }
        polling = true;
        long since = seenSeq;
        tasks.runQuietly(progress -> {
            AuditLogStore log = new AuditLogStore(caseFile);
            return log.latestSeq() > since ? log.entriesAfter(since, BATCH) : List.<AuditEntry>of();
        }, entries -> {
            polling = false;
            failing = false;
            if (watched != caseFile || entries.isEmpty()) {
                return;
            }
            seenSeq = entries.get(entries.size() - 1).seq();
            List<AuditEntry> others = entries.stream().filter(e -> !e.keyId().equals(ownKeyId)).toList();
            if (!others.isEmpty()) {
                onOthersChanges.accept(others);
            }
        }, error -> {
            polling = false;
            // a server out of reach is logged once per outage, not every two seconds; the next poll tries again
            if (watched == caseFile && !failing) {
                LOG.warn("Could not ask {} for changes: {}", caseFile.location(), error.toString());
            }
            failing = true;
        });
    }
}
