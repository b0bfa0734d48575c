package io.ledgerline.cli;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.report.Filing;
import io.ledgerline.report.FilingField;
import io.ledgerline.report.FilingService;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "narrative", mixinStandardHelpOptions = true,
        description = "Enter a filing field the case cannot supply (narrative, dates, figures); an empty text clears "
                + "it. Without --field, list every field with its current value. Entries are kept; the latest counts.")
final class NarrativeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--field", paramLabel = "NAME", completionCandidates = FieldNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Dates are RFC 3339 with an offset "
                    + "(2024-06-01T09:00:00Z); figures plain decimals.")
    String field;

    @ArgGroup(exclusive = true)
    Value value;

    static final class Value {
        @Option(names = "--text", paramLabel = "TEXT", description = "The field's text (\"\" clears it).")
        String text;

        @Option(names = "--text-file", paramLabel = "FILE", description = "Read the text from a UTF-8 file.")
        Path file;
    }

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it was entered or changed (optional).")
    String reason;

    @Mixin
    ProfileOptions profile;

    static final class FieldNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FilingField.values()).map(FilingField::key).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FilingService service = new FilingService();
        try (CaseFile c = caseArgument.open()) {
            if (field == null) {
                list(out, service.filing(c));
                return LedgerlineCli.OK;
            }
            FilingField f = FilingField.byKey(field).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown field '" + field + "'; see --help for the field names."));
            if (value == null) {
                throw new ParameterException(spec.commandLine(), "Give --text or --text-file for " + field + ".");
            }
            FilingEntry e = service.enter(profile.trail(c), f, text(), reason);
            out.printf("Entry #%d recorded: %s %s by %s at %s.%n", e.id(), f.key(),
                    e.cleared() ? "cleared" : "set", e.investigator(), e.enteredAt());
        }
        return LedgerlineCli.OK;
    }

    private String text() {
        if (value.file == null) {
            return value.text;
        }
        try {
            return Files.readString(value.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LedgerlineException("Cannot read " + value.file + ": " + e.getMessage(), e);
        }
    }

    private static void list(PrintWriter out, Filing filing) {
        for (FilingField f : FilingField.values()) {
            String current = filing.text(f).map(t -> t.replace("\n", " / ")).orElse("(" + FilingField.TO_BE_COMPLETED
                    + ")");
            out.printf("%-28s %-18s %s%n", f.key(), f.reference(), current);
        }
    }
}
