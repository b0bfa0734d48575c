package io.ledgerline.demo;

import io.ledgerline.domain.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stages one account takeover after a forged disclosure, in the order investigators saw in the real case:
 * disclosure → credential change at the support desk → failed, then passed face check (under 1 h apart) → login from
 * the attacker's device → fresh address → withdrawals to it within hours (always under 24 h after it was added) →
 * sometimes a freeze → the owner complaining.
 */
final class TakeoverScript {

    private static final EventType[] CREDENTIAL_MOVES =
        {EventType.PHONE_CHANGE, EventType.MFA_DISABLED, EventType.MFA_CHANGED};
    /** The last withdrawal leaves at most this long after the address was added: safely under R3's 24 h. */
    private static final long LAST_WITHDRAWAL_MILLIS = 20 * 3_600_000L;

    private final AccountProfile owner;
    private final AttackPlan.Victim victim;
    private final SplittableRandom rng;
    private final List<DemoEvent> out;

    TakeoverScript(AccountProfile owner, AttackPlan.Victim victim, SplittableRandom rng, List<DemoEvent> out) {
        this.owner = owner;
        this.victim = victim;
        this.rng = rng;
        this.out = out;
    }

    void stage() {
        DemoEvent.Origin attacker = victim.attacker();
        DemoEvent.Origin liveness = attacker.withoutDevice("app");
        out.add(new DemoEvent(victim.disclosedAt().plusSeconds(rng.nextLong(60, 1200)), EventType.DATA_DISCLOSURE)
                .channel("system").ref(victim.requestId())
                .details("{\"disclosed\":[\"phone\",\"email\",\"id_document\",\"login_history\"]}"));

        long t = victim.attackStart().toEpochMilli();
        String ticket = "TCK-" + rng.nextInt(100_000, 999_999);
        // The credential change goes through the support desk on the strength of the disclosed data: no device.
        out.add(BenignActivity.event(t, CREDENTIAL_MOVES[victim.credentialMove()], attacker.withoutDevice("support"))
                .ref(ticket).details("{\"verified_with\":\"personal data\",\"agent\":\"L1-" + rng.nextInt(10, 99)
                        + "\"}"));
        t += minutes(10, 40);
        out.add(BenignActivity.event(t, EventType.FACE_VERIFICATION, liveness).outcome("failure")
                .details("{\"score\":0." + rng.nextInt(21, 48) + "}"));
        t += minutes(4, 50);
        out.add(BenignActivity.event(t, EventType.FACE_VERIFICATION, liveness).outcome("success")
                .details("{\"score\":0." + rng.nextInt(88, 97) + "}"));
        t += minutes(3, 25);
        out.add(BenignActivity.event(t, EventType.LOGIN, attacker).outcome("success"));
        t += minutes(1, 3);
        out.add(BenignActivity.event(t, EventType.DEVICE_ADDED, attacker));
        t += minutes(4, 20);
        WalletAddress drop = victim.dropAddress();
        out.add(BenignActivity.event(t, EventType.ADDRESS_ADDED, attacker).funds(drop.asset(), null, null)
                .chain(drop.address(), drop.network(), null));
        long last = withdrawals(t, attacker, drop);
        after(last, ticket);
    }

    /** One to three withdrawals of the victim's funds to the drop address; returns when the last one left. */
    private long withdrawals(long addedAt, DemoEvent.Origin attacker, WalletAddress drop) {
        int count = rng.nextInt(1, 4);
        long t = addedAt + minutes(20, 240);
        long done = t;
        for (int i = 0; i < count && t < addedAt + LAST_WITHDRAWAL_MILLIS; i++) {
            BigDecimal amount = Money.amount(rng, drop.asset(), true);
            BigDecimal fee = Money.fee(drop.asset());
            out.add(BenignActivity.event(t, EventType.WITHDRAWAL_REQUEST, attacker).outcome("pending")
                    .funds(drop.asset(), amount, fee).chain(drop.address(), drop.network(), null));
            done = t + minutes(1, 10);
            out.add(BenignActivity.event(done, EventType.WITHDRAWAL, attacker).channel("system").outcome("success")
                    .funds(drop.asset(), amount, fee)
                    .chain(drop.address(), drop.network(), Fakes.txHash(rng, drop.asset())).unauthorized());
            t = done + minutes(20, 240);
        }
        return done;
    }

    private void after(long lastWithdrawal, String ticket) {
        long t = lastWithdrawal;
        if (victim.frozen()) {
            t += minutes(2 * 60, 20 * 60);
            out.add(new DemoEvent(Instant.ofEpochSecond(t / 1000), EventType.ACCOUNT_FROZEN).channel("system")
                    .ref(ticket).details("{\"reason\":\"suspected account takeover\"}"));
        }
        t += minutes(60, 30 * 60);
        out.add(BenignActivity.event(t, EventType.SUPPORT_CONTACT, owner.usualOrigins().get(0).withoutDevice("support"))
                .ref("TCK-" + rng.nextInt(100_000, 999_999))
                .details("{\"topic\":\"withdrawals I did not make\"}"));
    }

    private long minutes(int min, int max) {
        return rng.nextLong(min * 60_000L, max * 60_000L);
    }
}
