package io.ledgerline.analysis;

import io.ledgerline.analysis.rule.R1NewDeviceRule;
import io.ledgerline.analysis.rule.R2CredentialChangeRule;
import io.ledgerline.analysis.rule.R3FreshAddressRule;
import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R1–R3, the compromise window and the unauthorized withdrawals of one account. Pure and stateless per call; safe to
 * share between threads.
 *
 * <p>Unauthorized withdrawals: successful {@code WITHDRAWAL}s inside the window to an address with a successful
 * {@code ADDRESS_ADDED} inside the window, before (or at the same instant as, imported earlier than) the withdrawal.
 * Destination addresses, for linking accounts, are the addresses of {@code ADDRESS_ADDED} and of every
 * {@code WITHDRAWAL*} event inside the window; a deposit's address is a source, not a destination.
 */
final class AccountPlaybook {

    private static final Set<String> DESTINATION_TYPES = Set.of(EventType.ADDRESS_ADDED.name(),
            EventType.WITHDRAWAL.name(), EventType.WITHDRAWAL_REQUEST.name(), EventType.WITHDRAWAL_CANCELLED.name());

    private final PlaybookSettings settings;
    private final R1NewDeviceRule r1;
    private final R2CredentialChangeRule r2;
    private final R3FreshAddressRule r3;

    AccountPlaybook(PlaybookSettings settings) {
        this.settings = settings;
        this.r1 = new R1NewDeviceRule(settings.newDeviceRule());
        this.r2 = new R2CredentialChangeRule(settings.faceRetryWindow());
        this.r3 = new R3FreshAddressRule(settings.freshAddressAge());
    }

    /** The finding for one account's events (time order, one account), if it is a suspected compromise. */
    Optional<AccountFinding> judge(String accountId, List<EventFacts> accountEvents) {
        List<EventFacts> freshWithdrawals = r3.flag(accountEvents);
        if (freshWithdrawals.isEmpty()) {
            return Optional.empty();
        }
        List<EventFacts> r1r2 = new ArrayList<>(r1.flag(accountEvents));
        r1r2.addAll(r2.flag(accountEvents));
        return CompromiseWindow.find(accountEvents, r1r2, freshWithdrawals, settings.compromiseLookback())
                .map(window -> inside(accountId, window, accountEvents));
    }

    private static AccountFinding inside(String accountId, CompromiseWindow window, List<EventFacts> events) {
        Set<String> addedInside = new HashSet<>();
        List<EventFacts> unauthorized = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (EventFacts e : events) {
            if (!window.contains(e.occurredAt())) {
                continue;
            }
            if (e.is(EventType.ADDRESS_ADDED) && e.succeeded() && e.address() != null) {
                addedInside.add(e.address());
            } else if (e.is(EventType.WITHDRAWAL) && e.succeeded() && addedInside.contains(e.address())) {
                unauthorized.add(e);
            }
            addKey(keys, "device:", e.deviceId());
            addKey(keys, "ip:", e.ip());
            if (DESTINATION_TYPES.contains(e.type())) {
                addKey(keys, "address:", e.address());
            }
        }
        return new AccountFinding(accountId, window, List.copyOf(unauthorized), Set.copyOf(keys));
    }

    private static void addKey(Set<String> keys, String kind, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(kind + value);
        }
    }
}
