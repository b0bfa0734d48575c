package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.InputRefusedException;
import java.nio.file.Path;
import java.util.Locale;

/** A timeline file's form, told by its name: {@code .csv} or {@code .jsonl}, either optionally {@code .gz}. */
record TimelineFile(Path path, String name, boolean jsonLines, boolean gzip) {

    static TimelineFile of(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gzip = lower.endsWith(".gz");
        String base = gzip ? lower.substring(0, lower.length() - 3) : lower;
        if (base.endsWith(".csv")) {
            return new TimelineFile(path, name, false, gzip);
        }
        if (base.endsWith(".jsonl")) {
            return new TimelineFile(path, name, true, gzip);
        }
        throw new InputRefusedException(name + " is not a Timesketch timeline: name it .csv or .jsonl "
                + "(optionally .gz). The case is unchanged.");
    }
}
