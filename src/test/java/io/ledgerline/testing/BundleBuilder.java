package io.ledgerline.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small case exports for tests: files given as exact text (or bytes), and a manifest whose hashes and row
 * counts are computed from them unless a test overrides them to simulate damage.
 */
public final class BundleBuilder {

    public static final String ACCOUNTS = "account_id,opened_at,kyc_level,country,status\n"
            + "ACC-1,2024-01-05T10:00:00Z,2,DE,active\n"
            + "ACC-2,2024-02-01T09:30:00+01:00,1,FR,active\n";
    public static final String EVENTS_HEADER = "event_id,account_id,occurred_at,type,outcome,ip,device_id,asset,"
            + "amount,fee,address,ref,details\n";
    public static final String EVENTS = EVENTS_HEADER
            + "E1,ACC-1,2024-05-30T21:14:03.250+08:00,LOGIN,success,10.0.0.1,dev-a,,,,,,\n"
            + "E2,ACC-1,2024-05-30T14:00:00Z,WITHDRAWAL,success,10.0.0.1,dev-a,BTC,0.5,0.0001,bc1qx,,\n"
            + "E3,ACC-2,2024-05-31T08:00:00Z,FACE_VERIFICATION,failure,,,,,,,,\"{\"\"score\"\":0.41}\"\n";
    public static final String PRICES = "asset,at,usd\nBTC,2024-05-30T14:00:00Z,67000.12\n";
    public static final String LEGAL = "request_id,received_at,account_ids,disclosed_at,verification\n"
            + "LR-1,2024-05-29T08:00:00Z,ACC-1;ACC-2,2024-05-29T12:00:00Z,forged\n";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, Long> rowOverrides = new LinkedHashMap<>();
    private final Map<String, String> shaOverrides = new LinkedHashMap<>();
    private final Map<String, byte[]> unlisted = new LinkedHashMap<>();
    private String format = "ledgerline-case/1";

    public static BundleBuilder valid() {
        return new BundleBuilder().file("accounts.csv", ACCOUNTS).file("events.csv", EVENTS)
                .file("legal_requests.csv", LEGAL).file("prices.csv", PRICES);
    }

    public BundleBuilder file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public BundleBuilder file(String name, byte[] bytes) {
        files.put(name, bytes);
        return this;
    }

    public BundleBuilder gzipFile(String name, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(name, out.toByteArray());
    }

    public BundleBuilder without(String name) {
        files.remove(name);
        return this;
    }

    public BundleBuilder declaredRows(String name, long rows) {
        rowOverrides.put(name, rows);
        return this;
    }

    public BundleBuilder declaredSha(String name, String sha) {
        shaOverrides.put(name, sha);
        return this;
    }

    public BundleBuilder unlistedFile(String name, String text) {
        unlisted.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public BundleBuilder format(String format) {
        this.format = format;
        return this;
    }

    /** Writes the bundle as a folder. */
    public Path writeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : all().entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the bundle as a zip, each entry under {@code prefix} (e.g. "" or "export/"). */
    public Path writeZip(Path zip, String prefix) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : all().entrySet()) {
                z.putNextEntry(new ZipEntry(prefix + f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.putAll(unlisted);
        all.put("manifest.json", manifest().getBytes(StandardCharsets.UTF_8));
        return all;
    }

    public String manifest() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", format);
        root.put("case_id", "INC-TEST");
        root.put("title", "Test bundle");
        root.put("exported_at", "2024-06-12T08:00:00Z");
        root.put("exported_by", "tests");
        ArrayNode list = root.putArray("files");
        files.forEach((name, bytes) -> list.addObject()
                .put("name", name)
                .put("sha256", shaOverrides.getOrDefault(name, sha256(bytes)))
                .put("rows", rowOverrides.containsKey(name) ? rowOverrides.get(name) : dataRows(name, bytes)));
        return root.toPrettyString();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a test file: lines minus the header, for CSV without embedded line breaks; JSONL lines as they are. */
    private static long dataRows(String name, byte[] bytes) {
        if (name.endsWith(".gz")) {
            throw new IllegalArgumentException("give declaredRows for gzip file " + name);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        long lines = text.lines().count();
        return name.contains(".jsonl") ? lines : lines - 1;
    }
}
