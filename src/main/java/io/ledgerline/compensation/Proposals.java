package io.ledgerline.compensation;

import io.ledgerline.audit.Canonical;
import io.ledgerline.store.ProposalStore.StoredProposal;
import io.ledgerline.store.ProposalStore.StoredTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals with their states and histories, folded from the append-only proposal and transition rows. */
final class Proposals {

    private final Map<Long, Proposal> byId = new LinkedHashMap<>();

    /** @param names investigator names by key id */
    static Proposals of(List<StoredProposal> stored, List<StoredTransition> transitions, Map<String, String> names) {
        Map<Long, List<StoredTransition>> moves = new HashMap<>();
        transitions.forEach(t -> moves.computeIfAbsent(t.proposalId(), id -> new ArrayList<>()).add(t));
        Map<Long, Long> supersededBy = new HashMap<>();
        stored.forEach(p -> {
            if (p.supersedes() != null) {
                supersededBy.put(p.supersedes(), p.id());
            }
        });
        Proposals proposals = new Proposals();
        for (StoredProposal p : stored) {
            List<Proposal.Step> steps = new ArrayList<>();
            steps.add(new Proposal.Step(ProposalState.PROPOSED, instant(p.proposedAt()), p.keyId(),
                    names.getOrDefault(p.keyId(), p.keyId()), p.reason(), null));
            for (StoredTransition t : moves.getOrDefault(p.id(), List.of())) {
                steps.add(new Proposal.Step(ProposalState.parse(t.state()), instant(t.at()), t.keyId(),
                        names.getOrDefault(t.keyId(), t.keyId()), t.reason(), t.reference()));
            }
            proposals.byId.put(p.id(), new Proposal(p.id(), p.accountId(), p.supersedes(), supersededBy.get(p.id()),
                    Canonical.parseObject(p.figuresJson()), p.figuresJson(), steps.get(steps.size() - 1).state(),
                    steps));
        }
        return proposals;
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    /** The account's proposal no other proposal supersedes, if it has any. */
    Optional<Proposal> current(String accountId) {
        return byId.values().stream().filter(p -> p.accountId().equals(accountId) && p.current())
                .reduce((first, later) -> later);
    }

    List<Proposal> all() {
        return List.copyOf(byId.values());
    }
}
