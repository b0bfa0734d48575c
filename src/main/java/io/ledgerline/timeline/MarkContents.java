package io.ledgerline.timeline;

import io.ledgerline.analysis.PlaybookRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a mark stands for, as far as its labels need: the playbook rules its events hit, and its withdrawal when it holds
 * exactly one (so a withdrawal merged with its request still shows its amount).
 *
 * @param onlyWithdrawal the one successful-or-not {@code WITHDRAWAL} of the mark, or null for none or several
 */
record MarkContents(Set<PlaybookRule> rules, EventFacts onlyWithdrawal) {

    /** Marks of more events than this are labelled by their count only: a frame never walks a big cluster twice. */
    static final int DETAIL_LIMIT = 64;

    static MarkContents of(TimelineScene scene, Mark m) {
        AccountTimeline timeline = scene.timeline();
        if (m.count() > DETAIL_LIMIT || m.last() - m.first() > 64 * DETAIL_LIMIT) {
            return new MarkContents(Set.of(), null);
        }
        int ruleBits = 0;
        EventFacts withdrawal = null;
        int withdrawals = 0;
        for (int i = m.first(); i <= m.last(); i++) {
            if (timeline.laneOrdinal(i) != m.lane() || !scene.isShown(i)) {
                continue;
            }
            ruleBits |= timeline.ruleBits(i);
            EventFacts e = timeline.entry(i).facts();
            if (e.is(EventType.WITHDRAWAL)) {
                withdrawal = e;
                withdrawals++;
            }
        }
        Set<PlaybookRule> rules = EnumSet.noneOf(PlaybookRule.class);
        for (PlaybookRule rule : PlaybookRule.values()) {
            if ((ruleBits & (1 << rule.ordinal())) != 0) {
                rules.add(rule);
            }
        }
        return new MarkContents(rules, withdrawals == 1 ? withdrawal : null);
    }
}
