package io.ledgerline.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded compensation proposal with its history.
 *
 * @param supersedes   the proposal this one replaces, or null
 * @param supersededBy the proposal that replaced this one, or null while it is current
 * @param figures      the figures as recorded (canonical JSON read back)
 * @param steps        who did what to it, oldest first: proposed, then approved/returned, then paid
 */
public record Proposal(long id, String accountId, Long supersedes, Long supersededBy, Map<String, Object> figures,
        String figuresJson, ProposalState state, List<Step> steps) {

    public Proposal {
        steps = List.copyOf(steps);
    }

    /** One step of a proposal's history. */
    public record Step(ProposalState state, Instant at, String keyId, String investigator, String reason,
            String reference) {
    }

    /** The first step: who proposed it. */
    public Step proposed() {
        return steps.get(0);
    }

    public boolean current() {
        return supersededBy == null;
    }

    /** The policy it was computed under. */
    public CompensationPolicy policy() {
        return CompensationService.policyOf(figures);
    }

    /** Units of {@code asset} it gives back in kind; null under the USD policy or for an asset it does not cover. */
    public BigDecimal proposedUnits(String asset) {
        return decimal(assetLine(asset).get("proposed_units"));
    }

    /** Net units of {@code asset} it was computed from; null for an asset it does not cover. */
    public BigDecimal net(String asset) {
        return decimal(assetLine(asset).get("net"));
    }

    /**
     * What it proposes in USD, rounded to cents: under the USD policy the payment, in kind the time-of-loss value of
     * the units; null when in kind and some asset has no price.
     */
    public BigDecimal proposedUsd() {
        return decimal(figures.get("proposed_usd"));
    }

    /** The step that approved or returned it, if one did. */
    public Optional<Step> decision() {
        return steps.stream().filter(s -> s.state() == ProposalState.APPROVED || s.state() == ProposalState.RETURNED)
                .findFirst();
    }

    /** The step that recorded its payment, if paid. */
    public Optional<Step> payment() {
        return steps.stream().filter(s -> s.state() == ProposalState.PAID).findFirst();
    }

    private Map<?, ?> assetLine(String asset) {
        for (Object line : (List<?>) figures.get("assets")) {
            if (asset.equals(((Map<?, ?>) line).get("asset"))) {
                return (Map<?, ?>) line;
            }
        }
        return Map.of();
    }

    private static BigDecimal decimal(Object recorded) {
        return recorded == null ? null : new BigDecimal(recorded.toString());
    }

    /**
     * What it proposes, in a few words: "4.34731775 BTC in kind (USD 229081.08 at the time of loss)" or
     * "USD 25000.00, capped".
     */
    public String summary() {
        return summaryOf(figures);
    }

    /** {@link #summary()} of figures as recorded ({@link Figures#toMap()}). */
    static String summaryOf(Map<String, Object> figures) {
        Object usd = figures.get("proposed_usd");
        StringBuilder s = new StringBuilder();
        if ("usd".equals(((Map<?, ?>) figures.get("policy")).get("kind"))) {
            s.append("USD ").append(usd);
        } else {
            for (Object line : (List<?>) figures.get("assets")) {
                Map<?, ?> l = (Map<?, ?>) line;
                s.append(s.length() == 0 ? "" : " + ").append(l.get("proposed_units")).append(' ')
                        .append(l.get("asset"));
            }
            s.append(s.length() == 0 ? "nothing" : "").append(" in kind")
                    .append(usd == null ? "" : " (USD " + usd + " at the time of loss)");
        }
        return Boolean.TRUE.equals(figures.get("capped")) ? s + ", capped" : s.toString();
    }

    /** Who did what, one line per step ("proposed by alice, approved by bob: fits the bank statement"). */
    public String history() {
        StringBuilder s = new StringBuilder();
        for (Step step : steps) {
            s.append(s.length() == 0 ? "" : "; ").append(step.state().code()).append(" by ")
                    .append(step.investigator());
            if (step.reference() != null) {
                s.append(" (").append(step.reference()).append(')');
            }
        }
        return s.toString();
    }
}
