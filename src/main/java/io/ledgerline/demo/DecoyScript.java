package io.ledgerline.demo;

import io.ledgerline.domain.EventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/** Stages a decoy: activity that looks like one step of a takeover but, by the playbook, is no compromise. */
final class DecoyScript {

    /** The decoy address is first used this long after it was added: well past R3's 24 h and R1/R2's 72 h. */
    static final Duration LATE_USE = Duration.ofHours(72);

    private final AccountProfile owner;
    private final AttackPlan.Decoy decoy;
    private final SplittableRandom rng;
    private final List<DemoEvent> out;

    DecoyScript(AccountProfile owner, AttackPlan.Decoy decoy, SplittableRandom rng, List<DemoEvent> out) {
        this.owner = owner;
        this.decoy = decoy;
        this.rng = rng;
        this.out = out;
    }

    void stage() {
        switch (decoy.kind()) {
            case PASSWORD_CHANGE_WITHOUT_WITHDRAWAL -> passwordChange();
            case ADDRESS_USED_THREE_DAYS_LATER -> lateAddress();
            case NEW_DEVICE_WITHOUT_FRESH_ADDRESS -> newPhone();
            default -> throw new IllegalStateException(decoy.kind().name());
        }
    }

    private void passwordChange() {
        DemoEvent.Origin usual = owner.usualOrigins().get(0);
        long t = decoy.at().toEpochMilli();
        out.add(BenignActivity.event(t, EventType.LOGIN, usual).outcome("success"));
        t += minutes(1, 5);
        out.add(BenignActivity.event(t, EventType.PASSWORD_CHANGE, usual).details("{\"reason\":\"routine\"}"));
        out.add(BenignActivity.event(t + minutes(1, 5), EventType.LOGOUT, usual));
    }

    private void lateAddress() {
        DemoEvent.Origin usual = owner.usualOrigins().get(0);
        WalletAddress fresh = new WalletAddress("USDT", Fakes.network("USDT"), Fakes.address(rng, "USDT"));
        long t = decoy.at().toEpochMilli();
        out.add(BenignActivity.event(t, EventType.LOGIN, usual).outcome("success"));
        t += minutes(1, 5);
        out.add(BenignActivity.event(t, EventType.ADDRESS_ADDED, usual).funds("USDT", null, null)
                .chain(fresh.address(), fresh.network(), null).details("{\"label\":\"cold wallet\"}"));
        out.add(BenignActivity.event(t + minutes(1, 5), EventType.LOGOUT, usual));

        t += LATE_USE.toMillis() + minutes(60, 600);
        out.add(BenignActivity.event(t, EventType.LOGIN, usual).outcome("success"));
        t += minutes(1, 5);
        BigDecimal amount = Money.amount(rng, "USDT", false);
        out.add(BenignActivity.event(t, EventType.WITHDRAWAL_REQUEST, usual).outcome("pending")
                .funds("USDT", amount, Money.fee("USDT")).chain(fresh.address(), fresh.network(), null));
        t += minutes(2, 10);
        out.add(BenignActivity.event(t, EventType.WITHDRAWAL, usual).channel("system").outcome("success")
                .funds("USDT", amount, Money.fee("USDT"))
                .chain(fresh.address(), fresh.network(), Fakes.txHash(rng, "USDT")));
    }

    /** A new phone at home: new device, usual ip and country; then a withdrawal to a long-known address only. */
    private void newPhone() {
        DemoEvent.Origin home = owner.usualOrigins().get(0);
        DemoEvent.Origin phone = new DemoEvent.Origin(home.ip(), Fakes.deviceId(rng), DemoWorld.newAppUserAgent(),
                home.country(), "app", owner.localOffset());
        long t = decoy.at().toEpochMilli();
        out.add(BenignActivity.event(t, EventType.LOGIN, phone).outcome("success"));
        t += minutes(1, 3);
        out.add(BenignActivity.event(t, EventType.DEVICE_ADDED, phone).details("{\"model\":\"iPhone16,1\"}"));
        t += minutes(60, 180);
        WalletAddress known = owner.knownAddresses().get(0);
        BigDecimal amount = Money.amount(rng, known.asset(), false);
        BigDecimal fee = Money.fee(known.asset());
        out.add(BenignActivity.event(t, EventType.WITHDRAWAL_REQUEST, phone).outcome("pending")
                .funds(known.asset(), amount, fee).chain(known.address(), known.network(), null));
        t += minutes(2, 10);
        out.add(BenignActivity.event(t, EventType.WITHDRAWAL, phone).channel("system").outcome("success")
                .funds(known.asset(), amount, fee)
                .chain(known.address(), known.network(), Fakes.txHash(rng, known.asset())));
    }

    private long minutes(int min, int max) {
        return rng.nextLong(min * 60_000L, max * 60_000L);
    }
}
