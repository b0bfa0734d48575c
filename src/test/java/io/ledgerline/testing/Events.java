package io.ledgerline.testing;

import io.ledgerline.domain.EventFacts;
import io.ledgerline.domain.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one account's events in time order for playbook tests: {@code Events.of("A").at("2024-05-01T10:00:00Z")
 * .login("dev-1").after(Duration.ofHours(1)).addressAdded("addr")...}. Event ids are {@code <account>-<n>}.
 */
public final class Events {

    private final String account;
    private final List<EventFacts> events = new ArrayList<>();
    private Instant now = Instant.parse("2024-05-01T00:00:00Z");
    private String ip = "10.0.0.1";
    private String device;

    private Events(String account) {
        this.account = account;
    }

    public static Events of(String account) {
        return new Events(account);
    }

    public Events at(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    public Events after(Duration d) {
        now = now.plus(d);
        return this;
    }

    /** The ip (and device) later events carry until changed; null for none. */
    public Events from(String ip, String device) {
        this.ip = ip;
        this.device = device;
        return this;
    }

    public Instant now() {
        return now;
    }

    public Events event(String type, Outcome outcome) {
        return add(type, outcome, null, null, null, null, null);
    }

    public Events event(String type) {
        return event(type, Outcome.SUCCESS);
    }

    public Events login(String deviceId) {
        this.device = deviceId;
        return event("LOGIN");
    }

    public Events addressAdded(String address) {
        return add("ADDRESS_ADDED", Outcome.SUCCESS, null, null, null, address, null);
    }

    public Events withdrawal(String address, String asset, String amount, String fee) {
        return add("WITHDRAWAL", Outcome.SUCCESS, asset, amount == null ? null : new BigDecimal(amount),
                fee == null ? null : new BigDecimal(fee), address, null);
    }

    public Events withdrawal(String address) {
        return withdrawal(address, "BTC", "0.5", "0.0005");
    }

    public Events failedWithdrawal(String address) {
        return add("WITHDRAWAL", Outcome.FAILURE, "BTC", new BigDecimal("1"), null, address, null);
    }

    public Events disclosure(String requestId) {
        return disclosure(requestId, Outcome.SUCCESS);
    }

    public Events disclosure(String requestId, Outcome outcome) {
        return add("DATA_DISCLOSURE", outcome, null, null, null, null, requestId);
    }

    private Events add(String type, Outcome outcome, String asset, BigDecimal amount, BigDecimal fee, String address,
            String ref) {
        events.add(new EventFacts(account + "-" + (events.size() + 1), account, now, type, outcome, ip, device, asset,
                amount, fee, address, ref));
        return this;
    }

    /** Id of the last event added. */
    public String lastId() {
        return events.get(events.size() - 1).eventId();
    }

    public EventFacts last() {
        return events.get(events.size() - 1);
    }

    public String account() {
        return account;
    }

    public List<EventFacts> list() {
        return List.copyOf(events);
    }

    /** A typical takeover: password change, new-device login, fresh address and a withdrawal to it, hours apart. */
    public static Events takeover(String account, String attackerIp, String attackerDevice, String drop) {
        return of(account).at("2024-05-01T08:00:00Z").login("owner-" + account)
                .after(Duration.ofDays(2)).from(attackerIp, null).event("PASSWORD_RESET")
                .after(Duration.ofMinutes(10)).from(attackerIp, attackerDevice).login(attackerDevice)
                .after(Duration.ofMinutes(10)).addressAdded(drop)
                .after(Duration.ofHours(1)).withdrawal(drop);
    }
}
