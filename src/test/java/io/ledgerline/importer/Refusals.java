package io.ledgerline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseState;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** The contract's promise for every refusal, asserted in one place: the case is exactly as it was. Test helper. */
final class Refusals {

    private Refusals() {
    }

    /** Runs {@code importCall}, which must be refused; asserts every table's row count and integrity unchanged. */
    static InputRefusedException refusedLeavingCaseUnchanged(CaseFile caseFile, Executable importCall) {
        Map<String, Integer> before = CaseState.rowCounts(caseFile);
        InputRefusedException e = assertThrows(InputRefusedException.class, importCall);
        assertEquals(before, CaseState.rowCounts(caseFile), "a refused import writes nothing");
        assertEquals("ok", caseFile.integrityCheck());
        return e;
    }
}
