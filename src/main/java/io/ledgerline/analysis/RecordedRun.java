package io.ledgerline.analysis;

/** A playbook result and the id under which its run is recorded in the case. */
public record RecordedRun(long id, AnalysisResult result) {
}
