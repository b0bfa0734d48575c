package io.ledgerline.cli;

import io.ledgerline.compensation.Proposal;
import java.io.PrintWriter;

/** How the proposal commands print the proposal they acted on: one line, then its history. */
final class ProposalCommands {

    private ProposalCommands() {
    }

    static void print(PrintWriter out, Proposal p) {
        out.printf("Proposal #%d of %s: %s, %s.%n", p.id(), p.accountId(), p.state().code(), summary(p));
        out.println("  " + p.history());
    }

    private static String summary(Proposal p) {
        Object usd = p.figures().get("proposed_usd");
        StringBuilder s = new StringBuilder();
        Object policy = ((java.util.Map<?, ?>) p.figures().get("policy")).get("kind");
        if ("usd".equals(policy)) {
            s.append("USD ").append(usd);
        } else {
            for (Object line : (java.util.List<?>) p.figures().get("assets")) {
                java.util.Map<?, ?> l = (java.util.Map<?, ?>) line;
                s.append(s.length() == 0 ? "" : " + ").append(l.get("proposed_units")).append(' ').append(l.get("asset"));
            }
            s.append(" in kind").append(usd == null ? "" : " (USD " + usd + " at the time of loss)");
        }
        return Boolean.TRUE.equals(p.figures().get("capped")) ? s + ", capped" : s.toString();
    }
}
