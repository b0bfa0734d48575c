package io.ledgerline.report;

import java.util.function.Consumer;

/** The incident timeline, streamed in time order from the case while the sheet is written (never all in memory). */
@FunctionalInterface
public interface TimelineRows {

    void forEach(Consumer<TimelineRow> sink);
}
