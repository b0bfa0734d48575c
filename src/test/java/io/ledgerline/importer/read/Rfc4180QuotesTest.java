package io.ledgerline.importer.read;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Rfc4180QuotesTest {

    @Test
    void acceptsWhatRfc4180Allows() {
        assertNull(Rfc4180Quotes.problem("a,b,c"));
        assertNull(Rfc4180Quotes.problem("\"a,b\",\"say \"\"hi\"\"\",,\"\""));
        assertNull(Rfc4180Quotes.problem("\"line\nbreak\",x"));
        assertNull(Rfc4180Quotes.problem(""));
        assertNull(Rfc4180Quotes.problem(",,"));
    }

    @Test
    void namesTheFieldWhoseQuotesBreakTheRules() {
        assertTrue(Rfc4180Quotes.problem("a,b\"c").startsWith("field 2: a quote inside an unquoted field"));
        assertTrue(Rfc4180Quotes.problem("\"a\"b,c").startsWith("field 1: text after its closing quote"));
        assertTrue(Rfc4180Quotes.problem("x,\"a\" ").startsWith("field 2: text after its closing quote"));
    }
}
