package io.ledgerline.demo;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** manifest.json: written last, from the hashes and counts taken while the data files were written. */
final class ManifestWriter {

    static final String FORMAT = "ledgerline-case/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** LF, not the platform's line separator: the manifest must be byte-identical on every machine. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ManifestWriter() {
    }

    static void write(OutputStream out, String caseId, String title, Instant exportedAt, List<BundleFile> files)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("case_id", caseId);
        root.put("title", title);
        root.put("exported_at", Rfc3339.utc(exportedAt));
        root.put("exported_by", "ledgerline-demo-generator");
        ArrayNode listed = root.putArray("files");
        for (BundleFile file : files) {
            listed.addObject().put("name", file.name()).put("sha256", file.sha256()).put("rows", file.rows());
        }
        try (out) {
            out.write((WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
