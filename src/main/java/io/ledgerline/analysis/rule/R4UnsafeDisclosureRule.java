package io.ledgerline.analysis.rule;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Verification;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R4 unsafe disclosure: a {@code DATA_DISCLOSURE} event under a legal request (its {@code ref}) whose verification is
 * one of {@link #UNSAFE}. A disclosure whose ref names no request of the case is not flagged here: there is no
 * verification to judge (the importer keeps such rows as sent).
 */
public final class R4UnsafeDisclosureRule {

    /** case-format.md: a request "whose verification is unverified or forged". */
    public static final Set<Verification> UNSAFE = Set.of(Verification.UNVERIFIED, Verification.FORGED);

    private final Map<String, Verification> verificationByRequest;

    /** @param verificationByRequest every legal request of the case, by request id */
    public R4UnsafeDisclosureRule(Map<String, Verification> verificationByRequest) {
        this.verificationByRequest = Map.copyOf(verificationByRequest);
    }

    /** The request id when {@code event} is an unsafe disclosure; a failed or pending disclosure released nothing. */
    public Optional<String> unsafeRequest(EventFacts event) {
        if (!event.is(EventType.DATA_DISCLOSURE) || !event.succeeded() || event.ref() == null) {
            return Optional.empty();
        }
        Verification v = verificationByRequest.get(event.ref());
        return v != null && UNSAFE.contains(v) ? Optional.of(event.ref()) : Optional.empty();
    }
}
