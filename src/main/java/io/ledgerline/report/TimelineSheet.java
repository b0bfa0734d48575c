package io.ledgerline.report;

import io.ledgerline.domain.Event;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The incident timeline: every event of each compromised account inside its window, and the data disclosures before
 * it, in time order (UTC) with the rules each hits. Streamed from the case row by row into the streaming sheet.
 */
final class TimelineSheet {

    private TimelineSheet() {
    }

    static List<Column<TimelineRow>> columns(AccountMask mask) {
        return List.of(
                Column.of("Time (UTC)", CellKind.EVENT_TIME, r -> r.event().occurredAt()),
                Column.text("Account (masked)", 16, r -> mask.of(r.event().accountId())),
                Column.text("Event id", 16, e(Event::eventId)),
                Column.text("Type", 22, e(Event::type)),
                Column.text("Outcome", 10, r -> r.event().outcome().code()),
                Column.text("Rule hits", 12, TimelineRow::rules),
                Column.text("Unauthorized withdrawal", 14, r -> r.unauthorized() ? "yes" : ""),
                Column.text("Note", 24, r -> r.beforeWindow() ? "disclosure before the window" : ""),
                Column.text("IP", 18, e(Event::ip)),
                Column.text("Device", 20, e(Event::deviceId)),
                Column.text("Country", 8, e(Event::country)),
                Column.text("Channel", 9, e(Event::channel)),
                Column.text("Asset", 7, e(Event::asset)),
                Column.of("Amount", CellKind.CRYPTO, e(Event::amount)),
                Column.of("Fee", CellKind.CRYPTO, e(Event::fee)),
                Column.wrap("Address", 24, e(Event::address)),
                Column.text("Network", 10, e(Event::network)),
                Column.wrap("Tx hash", 34, e(Event::txHash)),
                Column.text("Ref", 16, e(Event::ref)),
                Column.of("Source line", CellKind.INTEGER, r -> r.event().sourceLine()));
    }

    /** Writes the sheet; returns the number of events written. */
    static long write(WorkbookWriter workbook, ReportData data, AccountMask mask) {
        Table<TimelineRow> t = workbook.sheet("Timeline", "Incident timeline", ReportText.subtitle(data))
                .note("Rules: R1 login from a new device, R2 credential change or face check passed after a failure, "
                        + "R3 withdrawal to a fresh address, R4 disclosure under a forged or unverified request "
                        + "(Methodology).")
                .table(columns(mask));
        data.timeline().forEach(t::add);
        t.finish();
        return t.dataRows();
    }

    private static <T> Function<TimelineRow, Object> e(Function<Event, T> field) {
        return r -> field.apply(r.event());
    }
}
