package io.ledgerline.demo;

/** A non-victim account carrying one decoy pattern. */
public record PlantedDecoy(String accountId, DecoyKind kind) {
}
