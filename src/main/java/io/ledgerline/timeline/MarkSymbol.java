package io.ledgerline.timeline;

import io.ledgerline.domain.EventType;
import java.util.List;

/**
 * The shape of an event's mark: within its lane each type has its own shape (lanes hold at most seven types), and a
 * type the contract does not name is a cross. Colour says the lane and the outcome; shape says the type.
 */
public enum MarkSymbol {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, HEXAGON, STAR, CROSS;

    private static final List<MarkSymbol> BY_RANK = List.of(CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, HEXAGON,
            STAR);

    public static MarkSymbol of(String type) {
        return EventType.parse(type).map(MarkSymbol::of).orElse(CROSS);
    }

    private static MarkSymbol of(EventType type) {
        int rank = 0;
        for (EventType other : EventType.values()) {
            if (other == type) {
                break;
            }
            if (other.category() == type.category()) {
                rank++;
            }
        }
        return rank < BY_RANK.size() ? BY_RANK.get(rank) : CROSS;
    }
}
