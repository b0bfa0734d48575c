package io.ledgerline.cli;

import io.ledgerline.compensation.Proposal;
import java.io.PrintWriter;

/** How the proposal commands print the proposal they acted on: one line, then its history. */
final class ProposalCommands {

    private ProposalCommands() {
    }

    static void print(PrintWriter out, Proposal p) {
        out.printf("Proposal #%d of %s: %s, %s.%n", p.id(), p.accountId(), p.state().code(), p.summary());
        out.println("  " + p.history());
    }
}
