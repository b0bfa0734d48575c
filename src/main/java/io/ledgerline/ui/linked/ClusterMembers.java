package io.ledgerline.ui.linked;

import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.timeline.ClusterDiagram;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The accounts of a cluster as the linked-accounts view labels them: window, loss after review, review status. */
final class ClusterMembers {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(
            ZoneOffset.UTC);

    private ClusterMembers() {
    }

    static List<ClusterDiagram.Member> of(ReviewedResult reviewed, int cluster) {
        return reviewed.result().clusters().get(cluster - 1).stream()
                .map(id -> new ClusterDiagram.Member(id, subtitle(reviewed.account(id).orElse(null))))
                .toList();
    }

    static String subtitle(ReviewedAccount a) {
        if (a == null) {
            return "";
        }
        String window = a.proposal() == null ? "window unknown" : DAY_TIME.format(a.proposal().window().start())
                + " – " + DAY_TIME.format(a.proposal().window().end()) + " UTC";
        String loss = a.loss().usd() == null ? "unvalued" : String.format("USD %,.2f", a.loss().usd());
        return window + " · " + loss + " · " + a.status().code();
    }
}
