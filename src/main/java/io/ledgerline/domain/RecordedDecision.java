package io.ledgerline.domain;

import java.time.Instant;

/** A review decision as recorded in the case: its id (later ids supersede earlier ones) and when (UTC). */
public record RecordedDecision(long id, Instant decidedAt, ReviewDecision decision) {
}
