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
        Set<PlaybookRule> rules = EnumSet.noneOf(PlaybookRule.class);
        EventFacts withdrawal = null;
        int withdrawals = 0;
        for (int i = m.first(); i <= m.last(); i++) {
            if (timeline.laneOrdinal(i) != m.lane() || !scene.isShown(i)) {
                continue;
            }
            EventFacts e = timeline.entry(i).facts();
            rules.addAll(timeline.findings().ruleHits().of(e.eventId()));
            if (e.is(EventType.WITHDRAWAL)) {
                withdrawal = e;
                withdrawals++;
            }
        }
        return new MarkContents(rules, withdrawals == 1 ? withdrawal : null);
    }
}
