package io.ledgerline.demo;

/** An on-chain destination in an account's address book. */
record WalletAddress(String asset, String network, String address) {
}
