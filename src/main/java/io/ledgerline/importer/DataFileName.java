package io.ledgerline.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A data file's name as the contract spells it: {@code <kind>.csv|.jsonl}, optionally {@code .gz}. */
public record DataFileName(String name, FileKind kind, boolean jsonLines, boolean gzip) {

    private static final Pattern NAME = Pattern.compile("([a-z_]+)\\.(csv|jsonl)(\\.gz)?");

    public static Optional<DataFileName> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return FileKind.ofStem(m.group(1))
                .map(kind -> new DataFileName(name, kind, m.group(2).equals("jsonl"), m.group(3) != null));
    }
}
