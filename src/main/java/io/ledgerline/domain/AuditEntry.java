package io.ledgerline.domain;

import java.time.Instant;

/**
 * One entry of a case's audit trail (issue #8): who ({@code keyId}, {@code investigator}), when (UTC), what
 * ({@code action} on the row {@code objectType}/{@code objectId}), the value before and after as canonical JSON, and
 * why. {@code hash} covers every other field, {@code prevHash} included, which chains the entries; {@code signature}
 * is the investigator's Ed25519 signature over the same bytes. Before sealing, hash and signature are null.
 *
 * @param accountId  the account concerned, or null
 * @param beforeJson what the change supersedes, or null when nothing
 * @param afterJson  the row as written
 * @param reason     why; null where none is asked for
 */
public record AuditEntry(long seq, Instant at, String keyId, String investigator, String action, String objectType,
        String objectId, String accountId, String beforeJson, String afterJson, String reason, String prevHash,
        String hash, String signature) {

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry sealed(String newHash, String newSignature) {
        return new AuditEntry(seq, at, keyId, investigator, action, objectType, objectId, accountId, beforeJson,
                afterJson, reason, prevHash, newHash, newSignature);
    }
}
