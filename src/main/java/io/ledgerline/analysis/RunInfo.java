package io.ledgerline.analysis;

import java.time.Instant;

/** Which run produced a result: when (UTC, from the injected clock), under which settings, by which build. */
public record RunInfo(Instant runAt, PlaybookSettings settings, String toolVersion) {
}
