package io.ledgerline.demo;

import io.ledgerline.domain.EventType;
import io.ledgerline.domain.Progress;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes events.csv one account at a time: generate the account's events, sort them by time, write them, forget
 * them. Memory is bounded by one account's history (about a hundred events) whatever the scale.
 */
final class EventStream {

    /** Victims' own activity stops this long before the disclosure, so no owner event falls in the 72 h look-back. */
    private static final Duration QUIET_BEFORE_ATTACK = Duration.ofDays(4);
    private static final int PROGRESS_EVERY = 256;

    private final DemoWorld world;
    private final Map<String, List<String>> unauthorizedIds = new TreeMap<>();
    private final Map<EventType, Long> perType = new EnumMap<>(EventType.class);
    private long nextId = 1;

    EventStream(DemoWorld world) {
        this.world = world;
    }

    void write(CsvSink sink, Progress progress) throws IOException {
        List<DemoEvent> events = new ArrayList<>(256);
        for (int index = 0; index < world.accountCount; index++) {
            if (index % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update(index, world.accountCount, "Writing events of account " + (index + 1) + " of "
                        + world.accountCount);
            }
            events.clear();
            AccountProfile profile = world.profile(index);
            generate(profile, events);
            events.sort(Comparator.comparing(e -> e.at));
            for (DemoEvent event : events) {
                writeRow(sink, profile.accountId(), event);
            }
        }
        progress.update(world.accountCount, world.accountCount, "Events written");
    }

    /** Attacker withdrawal event ids per victim account id. */
    Map<String, List<String>> unauthorizedIds() {
        return unauthorizedIds;
    }

    Map<String, Long> perType() {
        Map<String, Long> byName = new TreeMap<>();
        perType.forEach((type, count) -> byName.put(type.name(), count));
        return byName;
    }

    private void generate(AccountProfile profile, List<DemoEvent> events) {
        var rng = world.random(profile.index(), DemoWorld.EVENT_STREAM);
        AttackPlan plan = world.plan;
        AttackPlan.Victim victim = plan.victims.get(profile.index());
        AttackPlan.Decoy decoy = plan.decoys.get(profile.index());
        Instant until = victim == null ? DemoWorld.PERIOD_END : victim.disclosedAt().minus(QUIET_BEFORE_ATTACK);
        Instant withdrawalsUntil = decoy != null && decoy.kind() == DecoyKind.PASSWORD_CHANGE_WITHOUT_WITHDRAWAL
                ? decoy.at() : until;
        new BenignActivity(profile, rng, events).generate(DemoWorld.PERIOD_START, until, withdrawalsUntil);
        for (AttackPlan.Disclosure disclosure : plan.benignDisclosures.getOrDefault(profile.index(), List.of())) {
            events.add(new DemoEvent(disclosure.disclosedAt().plusSeconds(rng.nextLong(60, 1800)),
                    EventType.DATA_DISCLOSURE).channel("system").ref(disclosure.requestId())
                    .details("{\"disclosed\":[\"identity\",\"transactions\"]}"));
        }
        if (victim != null) {
            new TakeoverScript(profile, victim, rng, events).stage();
        }
        if (decoy != null) {
            new DecoyScript(profile, decoy, rng, events).stage();
        }
    }

    private void writeRow(CsvSink sink, String accountId, DemoEvent e) throws IOException {
        String id = eventId(nextId++);
        sink.row(id, accountId, Rfc3339.format(e.at, e.offset), e.type.name(), e.outcome, e.ip, e.deviceId,
                e.userAgent, e.country, e.channel, e.asset, plain(e.amount), plain(e.fee), e.address, e.network,
                e.txHash, e.ref, e.details);
        perType.merge(e.type, 1L, Long::sum);
        if (e.unauthorized) {
            unauthorizedIds.computeIfAbsent(accountId, k -> new ArrayList<>()).add(id);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** E00000001 …: eight digits cover scale 4,000; beyond that the id simply grows. */
    static String eventId(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 8 ? "E" + digits : "E" + "0".repeat(8 - digits.length()) + digits;
    }
}
