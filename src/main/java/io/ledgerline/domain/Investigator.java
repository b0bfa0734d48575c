package io.ledgerline.domain;

import java.time.Instant;

/**
 * A person registered in a case: name and Ed25519 public key.
 *
 * @param keyId     SHA-256 (hex) of the public key's X.509 encoding
 * @param publicKey the X.509 encoding, base64
 */
public record Investigator(String keyId, String name, String publicKey, Instant registeredAt) {

    /** The first 16 hex digits of the key id, as shown beside a name. */
    public String fingerprint() {
        return keyId.length() > 16 ? keyId.substring(0, 16) : keyId;
    }
}
