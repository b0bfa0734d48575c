package io.ledgerline.demo;

/** A file written into the bundle, as its manifest lists it: SHA-256 in lower-case hex, data rows without header. */
public record BundleFile(String name, String sha256, long rows) {
}
