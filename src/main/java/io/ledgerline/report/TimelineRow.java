package io.ledgerline.report;

import io.ledgerline.domain.Event;

/**
 * One event of the incident timeline: inside a compromised account's window, or a data disclosure before it.
 *
 * @param rules        the playbook rules it hits ("R1, R3"), or empty
 * @param unauthorized whether it is one of the account's unauthorized withdrawals after review
 * @param beforeWindow a disclosure before the account's compromise window
 */
public record TimelineRow(Event event, String rules, boolean unauthorized, boolean beforeWindow) {
}
