package io.ledgerline.demo;

import io.ledgerline.domain.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One events.csv row before it gets its event id. Built fluently by the scripts of one account, then sorted by time
 * and written; never kept beyond that account. Null fields are written empty.
 */
final class DemoEvent {

    final Instant at;
    final EventType type;
    ZoneOffset offset = ZoneOffset.UTC;
    String outcome;
    String ip;
    String deviceId;
    String userAgent;
    String country;
    String channel;
    String asset;
    BigDecimal amount;
    BigDecimal fee;
    String address;
    String network;
    String txHash;
    String ref;
    String details;
    /** Set on the attacker's successful withdrawals, so their ids can be reported as ground truth. */
    boolean unauthorized;

    DemoEvent(Instant at, EventType type) {
        this.at = at;
        this.type = type;
    }

    DemoEvent outcome(String value) {
        outcome = value;
        return this;
    }

    /** Where the event came from: ip, device, user agent, country and channel together. */
    DemoEvent from(Origin origin) {
        ip = origin.ip();
        deviceId = origin.deviceId();
        userAgent = origin.userAgent();
        country = origin.country();
        channel = origin.channel();
        offset = origin.offset();
        return this;
    }

    DemoEvent channel(String value) {
        channel = value;
        return this;
    }

    DemoEvent funds(String assetCode, BigDecimal amountValue, BigDecimal feeValue) {
        asset = assetCode;
        amount = amountValue;
        fee = feeValue;
        return this;
    }

    DemoEvent chain(String addressValue, String networkValue, String txHashValue) {
        address = addressValue;
        network = networkValue;
        txHash = txHashValue;
        return this;
    }

    DemoEvent ref(String value) {
        ref = value;
        return this;
    }

    DemoEvent details(String json) {
        details = json;
        return this;
    }

    DemoEvent offset(ZoneOffset value) {
        offset = value;
        return this;
    }

    DemoEvent unauthorized() {
        unauthorized = true;
        return this;
    }

    /**
     * Where an event came from. {@code offset} is only how its timestamp is written (app clients report local time),
     * never when it happened.
     */
    record Origin(String ip, String deviceId, String userAgent, String country, String channel, ZoneOffset offset) {

        /** The same place without a device, as liveness vendors and support desks log it. */
        Origin withoutDevice(String otherChannel) {
            return new Origin(ip, null, null, country, otherChannel, offset);
        }
    }
}
