package io.ledgerline.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ledgerline.domain.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads manifest.json and checks its shape; every problem is collected, none thrown. */
final class ManifestReader {

    static final String FILE = "manifest.json";
    // Strict: a repeated key or text after the value would otherwise be dropped without a word.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private ManifestReader() {
    }

    /** The manifest, or null when {@code problems} received why it cannot be used. */
    static Manifest read(String json, List<ImportProblem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ImportProblem(FILE, line, null, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new ImportProblem(FILE, 0, null, "must be a JSON object"));
            return null;
        }
        String format = text(root, "format");
        if (format == null) {
            problems.add(new ImportProblem(FILE, 0, "format", "is required (expected \"" + Manifest.FORMAT + "\")"));
            return null;
        }
        if (!Manifest.FORMAT.equals(format)) {
            problems.add(new ImportProblem(FILE, 0, "format", "\"" + format + "\" is not supported; this version of "
                    + "Ledgerline reads \"" + Manifest.FORMAT + "\""));
            return null;
        }
        JsonNode files = root.get("files");
        if (files == null || !files.isArray()) {
            problems.add(new ImportProblem(FILE, 0, "files", "is required: a list of {name, sha256, rows}"));
            return null;
        }
        List<Manifest.ListedFile> listed = new ArrayList<>();
        List<String> mentioned = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).isObject() ? text(files.get(i), "name") : null;
            if (name != null) {
                mentioned.add(name);
            }
            Manifest.ListedFile file = listedFile(files.get(i), i, problems);
            if (file != null) {
                listed.add(file);
            }
        }
        return new Manifest(format, text(root, "case_id"), text(root, "title"), text(root, "exported_at"),
                text(root, "exported_by"), listed, mentioned, json);
    }

    private static Manifest.ListedFile listedFile(JsonNode node, int index, List<ImportProblem> problems) {
        String where = "files[" + index + "]";
        if (!node.isObject()) {
            problems.add(new ImportProblem(FILE, 0, where, "must be an object {name, sha256, rows}"));
            return null;
        }
        String name = text(node, "name");
        String sha = text(node, "sha256");
        JsonNode rows = node.get("rows");
        int before = problems.size();
        if (name == null || name.isEmpty()) {
            problems.add(new ImportProblem(FILE, 0, where + ".name", "is required"));
        }
        if (sha == null || !SHA256.matcher(sha).matches()) {
            problems.add(new ImportProblem(FILE, 0, where + ".sha256", "must be 64 hexadecimal digits"));
        }
        if (rows == null || !rows.canConvertToLong() || !rows.isIntegralNumber() || rows.asLong() < 0) {
            problems.add(new ImportProblem(FILE, 0, where + ".rows", "must be a whole number of data rows"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Manifest.ListedFile(name, sha.toLowerCase(Locale.ROOT), rows.asLong());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
