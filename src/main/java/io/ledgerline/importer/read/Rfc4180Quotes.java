package io.ledgerline.importer.read;

/**
 * The quoting rules of RFC 4180 that a lenient CSV parser lets pass: a quote may only open a field (and, doubled, stand
 * inside a quoted one), and a closing quote must end its field. commons-csv reads {@code ab"c} as the text it sees and
 * glues {@code "ab"c} together; the contract says such a row is malformed, so it is refused with its line, never
 * guessed at.
 */
final class Rfc4180Quotes {

    private Rfc4180Quotes() {
    }

    /** What breaks the quoting rules in one record's text (without its line end), or null when nothing does. */
    static String problem(String record) {
        int i = 0;
        int field = 1;
        int n = record.length();
        while (i <= n) {
            if (i < n && record.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null; // an open quote spanning lines: the parser reports it
                    }
                    if (record.charAt(i) == '"') {
                        if (i + 1 < n && record.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < n && record.charAt(i) != ',') {
                    return "field " + field + ": text after its closing quote; quote the whole field (RFC 4180)";
                }
            } else {
                while (i < n && record.charAt(i) != ',') {
                    if (record.charAt(i) == '"') {
                        return "field " + field + ": a quote inside an unquoted field; quote the field and double the "
                                + "quote (RFC 4180)";
                    }
                    i++;
                }
            }
            i++; // past the comma (or the end)
            field++;
        }
        return null;
    }
}
