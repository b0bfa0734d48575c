package io.ledgerline.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible identifiers (devices, ips, chain addresses, transaction hashes), all drawn from the caller's random. */
final class Fakes {

    private static final String HEX = "0123456789abcdef";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** Home networks of customers; attacker ranges (see AttackPlan) start with other octets, so never collide. */
    private static final int[] CUSTOMER_FIRST_OCTETS = {24, 73, 81, 92, 98, 109, 151, 176, 203, 212};

    private Fakes() {
    }

    static String deviceId(SplittableRandom rng) {
        return "dev-" + chars(rng, HEX, 12);
    }

    static String customerIp(SplittableRandom rng) {
        int first = CUSTOMER_FIRST_OCTETS[rng.nextInt(CUSTOMER_FIRST_OCTETS.length)];
        return first + "." + rng.nextInt(256) + "." + rng.nextInt(256) + "." + rng.nextInt(1, 255);
    }

    static String address(SplittableRandom rng, String asset) {
        return switch (asset) {
            case "BTC" -> "bc1q" + chars(rng, BECH32, 38);
            case "ETH" -> "0x" + chars(rng, HEX, 40);
            case "USDT" -> "T" + chars(rng, BASE58, 33);
            default -> throw new IllegalArgumentException(asset);
        };
    }

    static String network(String asset) {
        return switch (asset) {
            case "BTC" -> "BTC";
            case "ETH" -> "ETH";
            case "USDT" -> "TRC20";
            default -> throw new IllegalArgumentException(asset);
        };
    }

    static String txHash(SplittableRandom rng, String asset) {
        return ("ETH".equals(asset) ? "0x" : "") + chars(rng, HEX, 64);
    }

    static <T> T pick(SplittableRandom rng, List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    static String chars(SplittableRandom rng, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
