package io.ledgerline.store;

import java.time.Instant;

/** A recorded playbook run: when (UTC), under which settings, by which build, and what it proposed (JSON text). */
public record AnalysisRun(long id, Instant runAt, String settingsJson, String toolVersion, String resultJson) {
}
