package io.ledgerline.demo;

import io.ledgerline.domain.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An account holder's ordinary life: sessions from their usual devices and home ip, with trades, deposits,
 * withdrawals to addresses they added long before, support contacts and the odd mistyped password.
 *
 * <p>It never produces a playbook R3 event: long-known addresses are all added in the first session, and no
 * withdrawal is made until two days later (R3 needs one within 24 h of the address being added).
 */
final class BenignActivity {

    static final int MIN_EVENTS = 80;
    static final int MAX_EVENTS_EXCLUSIVE = 116;
    private static final Duration FIRST_WITHDRAWAL_AFTER = Duration.ofHours(48);
    private static final Duration SESSION_ROOM = Duration.ofHours(5);

    private final AccountProfile profile;
    private final SplittableRandom rng;
    private final List<DemoEvent> out;

    BenignActivity(AccountProfile profile, SplittableRandom rng, List<DemoEvent> out) {
        this.profile = profile;
        this.rng = rng;
        this.out = out;
    }

    /**
     * Adds background events between {@code from} and {@code until} (exclusive). No withdrawal is made at or after
     * {@code withdrawalsUntil}.
     */
    void generate(Instant from, Instant until, Instant withdrawalsUntil) {
        int target = out.size() + rng.nextInt(MIN_EVENTS, MAX_EVENTS_EXCLUSIVE);
        long first = from.toEpochMilli() + rng.nextLong(Duration.ofHours(36).toMillis());
        long withdrawalsFrom = firstSession(first) + FIRST_WITHDRAWAL_AFTER.toMillis();
        long lastStart = until.toEpochMilli() - SESSION_ROOM.toMillis();
        long noWithdrawalFrom = withdrawalsUntil.toEpochMilli() - SESSION_ROOM.toMillis();
        while (out.size() < target) {
            long start = rng.nextLong(first + Duration.ofHours(4).toMillis(), lastStart);
            session(start, start >= withdrawalsFrom && start < noWithdrawalFrom);
        }
    }

    /** Opens the address book: returns when the last long-known address was added. */
    private long firstSession(long start) {
        DemoEvent.Origin origin = profile.usualOrigins().get(0);
        long t = start;
        out.add(event(t, EventType.LOGIN, origin).outcome("success"));
        if (rng.nextInt(100) < 30) {
            t += minutes(1, 5);
            out.add(event(t, EventType.MFA_ENABLED, origin).details("{\"method\":\"totp\"}"));
        }
        for (WalletAddress known : profile.knownAddresses()) {
            t += minutes(1, 10);
            out.add(event(t, EventType.ADDRESS_ADDED, origin).funds(known.asset(), null, null)
                    .chain(known.address(), known.network(), null).details("{\"label\":\"my wallet\"}"));
        }
        out.add(event(t + minutes(1, 20), EventType.LOGOUT, origin));
        return t;
    }

    private void session(long start, boolean mayWithdraw) {
        DemoEvent.Origin origin = Fakes.pick(rng, profile.usualOrigins());
        long t = start;
        if (rng.nextInt(100) < 8) {
            out.add(event(t, EventType.LOGIN_FAILED, origin).outcome("failure")
                    .details("{\"reason\":\"wrong_password\"}"));
            t += minutes(1, 3);
        }
        out.add(event(t, EventType.LOGIN, origin).outcome("success"));
        int actions = rng.nextInt(1, 5);
        for (int i = 0; i < actions; i++) {
            t += minutes(1, 25);
            t = action(t, origin, mayWithdraw);
        }
        if (rng.nextInt(100) < 70) {
            out.add(event(t + minutes(1, 30), EventType.LOGOUT, origin));
        }
    }

    private long action(long t, DemoEvent.Origin origin, boolean mayWithdraw) {
        int roll = rng.nextInt(100);
        String asset = Fakes.pick(rng, Money.ASSETS);
        if (roll < 40 || (roll < 56 && !mayWithdraw)) {
            String side = rng.nextBoolean() ? "buy" : "sell";
            out.add(event(t, EventType.TRADE, origin).funds(asset, Money.amount(rng, asset, false), null)
                    .details("{\"pair\":\"" + asset + "/USD\",\"side\":\"" + side + "\",\"order_id\":\"O"
                            + rng.nextLong(10_000_000L, 99_999_999L) + "\"}"));
        } else if (roll < 56) {
            return withdrawal(t, origin);
        } else if (roll < 80) {
            out.add(event(t, EventType.DEPOSIT, origin).channel("system")
                    .funds(asset, Money.amount(rng, asset, false), null)
                    .chain(null, Fakes.network(asset), Fakes.txHash(rng, asset)));
        } else if (roll < 88) {
            out.add(event(t, EventType.SUPPORT_CONTACT, origin.withoutDevice("support"))
                    .ref("TCK-" + rng.nextInt(100_000, 999_999))
                    .details("{\"topic\":\"" + Fakes.pick(rng, List.of("deposit not credited", "fees question",
                            "statement request", "verification status")) + "\"}"));
        } else if (roll < 92) {
            out.add(event(t, EventType.KYC_UPDATE, origin)
                    .details("{\"document\":\"" + Fakes.pick(rng, List.of("passport", "utility_bill", "id_card"))
                            + "\",\"level\":" + profile.kycLevel() + "}"));
        } else if (roll < 96) {
            out.add(event(t, EventType.API_KEY_CREATED, origin).channel("web")
                    .ref("KEY-" + Fakes.chars(rng, "0123456789ABCDEF", 8))
                    .details("{\"permissions\":[\"read\",\"trade\"]}"));
        } else if (roll < 98) {
            out.add(event(t, EventType.API_KEY_DELETED, origin).channel("web")
                    .ref("KEY-" + Fakes.chars(rng, "0123456789ABCDEF", 8)));
        } else {
            out.add(event(t, EventType.SESSION_REVOKED, origin).details("{\"reason\":\"user signed out elsewhere\"}"));
        }
        return t;
    }

    /** A withdrawal to a long-known address: request, then success (or, rarely, cancellation). */
    private long withdrawal(long t, DemoEvent.Origin origin) {
        WalletAddress to = Fakes.pick(rng, profile.knownAddresses());
        var amount = Money.amount(rng, to.asset(), false);
        var fee = Money.fee(to.asset());
        out.add(event(t, EventType.WITHDRAWAL_REQUEST, origin).outcome("pending").funds(to.asset(), amount, fee)
                .chain(to.address(), to.network(), null));
        long done = t + minutes(2, 30);
        if (rng.nextInt(100) < 6) {
            out.add(event(done, EventType.WITHDRAWAL_CANCELLED, origin).funds(to.asset(), amount, fee)
                    .chain(to.address(), to.network(), null).details("{\"reason\":\"cancelled by user\"}"));
        } else {
            out.add(event(done, EventType.WITHDRAWAL, origin).channel("system").outcome("success")
                    .funds(to.asset(), amount, fee).chain(to.address(), to.network(), Fakes.txHash(rng, to.asset())));
        }
        return done;
    }

    private long minutes(int min, int max) {
        return rng.nextLong(min * 60_000L, max * 60_000L);
    }

    /** App clients log milliseconds; web and system logs whole seconds. */
    static DemoEvent event(long epochMillis, EventType type, DemoEvent.Origin origin) {
        Instant at = "app".equals(origin.channel()) ? Instant.ofEpochMilli(epochMillis)
                : Instant.ofEpochSecond(Math.floorDiv(epochMillis, 1000L));
        return new DemoEvent(at, type).from(origin);
    }
}
