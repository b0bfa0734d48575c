package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an audit entry's hash and signature cover: the canonical JSON ({@link Canonical}) of every field but the hash and
 * the signature, the previous entry's hash included. The before and after values are covered as the exact text stored.
 */
public final class EntryHash {

    private EntryHash() {
    }

    public static byte[] signedBytes(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", e.seq());
        fields.put("at", e.at());
        fields.put("key_id", e.keyId());
        fields.put("investigator", e.investigator());
        fields.put("action", e.action());
        fields.put("object_type", e.objectType());
        fields.put("object_id", e.objectId());
        fields.put("account_id", e.accountId());
        fields.put("before_json", e.beforeJson());
        fields.put("after_json", e.afterJson());
        fields.put("reason", e.reason());
        fields.put("prev_hash", e.prevHash());
        return Canonical.bytes(fields);
    }

    /** SHA-256 (hex) of {@link #signedBytes}. */
    public static String of(AuditEntry e) {
        return HexFormat.of().formatHex(Ed25519.sha256(signedBytes(e)));
    }

    /** Whether {@code e}'s signature is the holder of {@code publicKeyBase64}'s signature of its signed bytes. */
    public static boolean signatureHolds(AuditEntry e, String publicKeyBase64) {
        return Ed25519.verify(publicKeyBase64, signedBytes(e), e.signature());
    }
}
