package io.ledgerline.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed frame of a demo case: its period, how many accounts a scale gives, and the random stream of each account.
 * Every account's profile and activity come from its own stream (seed, index, purpose), so any account can be
 * regenerated alone and the output never depends on iteration order of anything else.
 */
final class DemoWorld {

    static final Instant PERIOD_START = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant PERIOD_END = Instant.parse("2024-06-10T00:00:00Z");
    /** Fixed, not the clock: the same seed must give a byte-identical manifest. */
    static final Instant EXPORTED_AT = Instant.parse("2024-06-12T08:00:00Z");
    /** 210 accounts × ~97.5 background events each ≈ 20,500 events per unit of scale. */
    static final int ACCOUNTS_PER_SCALE = 210;
    /** Room for the planted victims, decoys and benign disclosures however small the scale. */
    static final int MIN_ACCOUNTS = 40;

    static final long PROFILE_STREAM = 0x5EED_0001L;
    static final long EVENT_STREAM = 0x5EED_0002L;
    static final long PLAN_STREAM = 0x5EED_0003L;
    static final long PRICE_STREAM = 0x5EED_0004L;

    private static final List<Country> COUNTRIES = List.of(
            new Country("DE", "+49", ZoneOffset.UTC), new Country("FR", "+33", ZoneOffset.UTC),
            new Country("GB", "+44", ZoneOffset.UTC), new Country("NL", "+31", ZoneOffset.UTC),
            new Country("ES", "+34", ZoneOffset.UTC), new Country("IT", "+39", ZoneOffset.UTC),
            new Country("PL", "+48", ZoneOffset.UTC), new Country("SE", "+46", ZoneOffset.UTC),
            new Country("US", "+1", ZoneOffset.ofHours(-5)), new Country("CA", "+1", ZoneOffset.UTC),
            new Country("SG", "+65", ZoneOffset.ofHours(8)), new Country("JP", "+81", ZoneOffset.ofHours(9)),
            new Country("KR", "+82", ZoneOffset.UTC), new Country("BR", "+55", ZoneOffset.ofHours(-3)),
            new Country("AU", "+61", ZoneOffset.UTC));
    private static final List<String> MAIL_DOMAINS = List.of("mail.com", "gmx.de", "outlook.com", "proton.me",
            "gmail.com", "yahoo.co.jp", "web.de");
    private static final List<String> BROWSERS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0"
                    + " Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0");
    private static final List<String> APPS = List.of("LedgerlineExchange/5.2 (iPhone14,5; iOS 17.4)",
            "LedgerlineExchange/5.2 (Android 14; Pixel 8)", "LedgerlineExchange/5.1 (Android 13; SM-S911B)");

    final long seed;
    final int accountCount;
    final AttackPlan plan;

    DemoWorld(DemoOptions options) {
        this.seed = options.seed();
        this.accountCount = Math.max(MIN_ACCOUNTS, (int) Math.round(options.scale() * ACCOUNTS_PER_SCALE));
        this.plan = AttackPlan.draw(random(-1, PLAN_STREAM), accountCount);
    }

    String caseId() {
        return "DEMO-" + Long.toUnsignedString(seed % 100_000L + 100_000L).substring(1);
    }

    /** The random stream for one account and purpose; {@code index} -1 is the case as a whole. */
    SplittableRandom random(int index, long stream) {
        return new SplittableRandom(fmix64(seed ^ fmix64(index * 0x9E3779B97F4A7C15L + stream)));
    }

    AccountProfile profile(int index) {
        SplittableRandom rng = random(index, PROFILE_STREAM);
        Country country = Fakes.pick(rng, COUNTRIES);
        Instant openedAt = PERIOD_START.minus(Duration.ofMinutes(rng.nextLong(30L * 1440, 1500L * 1440)));
        int kyc = rng.nextInt(100) < 20 ? 1 : rng.nextInt(100) < 75 ? 2 : 3;
        String email = (char) ('a' + rng.nextInt(26)) + "***@" + Fakes.pick(rng, MAIL_DOMAINS);
        String phone = country.dialCode() + " *** ***" + rng.nextInt(10) + rng.nextInt(10);
        String homeIp = Fakes.customerIp(rng);
        List<DemoEvent.Origin> origins = new ArrayList<>(2);
        origins.add(new DemoEvent.Origin(homeIp, Fakes.deviceId(rng), Fakes.pick(rng, BROWSERS), country.code(), "web",
                ZoneOffset.UTC));
        if (rng.nextInt(100) < 70) {
            // app clients report local time: this is where the non-UTC offsets of the export come from
            origins.add(new DemoEvent.Origin(homeIp, Fakes.deviceId(rng), Fakes.pick(rng, APPS), country.code(),
                    "app", country.offset()));
        }
        List<WalletAddress> known = new ArrayList<>(2);
        int addresses = rng.nextInt(1, 3);
        for (int i = 0; i < addresses; i++) {
            String asset = Fakes.pick(rng, Money.ASSETS);
            known.add(new WalletAddress(asset, Fakes.network(asset), Fakes.address(rng, asset)));
        }
        return new AccountProfile(index, AccountProfile.idOf(index), openedAt, kyc, country.code(), email, phone,
                homeIp, country.offset(), List.copyOf(origins), List.copyOf(known));
    }

    static String newAppUserAgent() {
        return "LedgerlineExchange/5.3 (iPhone16,1; iOS 17.5)";
    }

    private static long fmix64(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private record Country(String code, String dialCode, ZoneOffset offset) {
    }
}
