package io.ledgerline.importer;

import java.util.List;

/**
 * manifest.json: what the bundle is and what it must contain. {@code json} is the text exactly as received;
 * {@code mentioned} every file name it lists, including entries refused for another field (so they are not also
 * reported as unlisted or missing).
 */
public record Manifest(String format, String caseId, String title, String exportedAt, String exportedBy,
        List<ListedFile> files, List<String> mentioned, String json) {

    public static final String FORMAT = "ledgerline-case/1";

    /** A file the manifest lists, with the SHA-256 (lower-case hex) and data-row count it must have. */
    public record ListedFile(String name, String sha256, long rows) {
    }
}
