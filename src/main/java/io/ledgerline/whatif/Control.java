package io.ledgerline.whatif;

import java.util.List;
import java.util.Map;

/**
 * One remediation control the exchange could have had in force, replayed over an account's recorded events: which of
 * them it would have stopped, and how. Implementations are immutable and stateless between accounts, so one instance
 * judges accounts on several threads at once.
 */
public interface Control {

    /** The control's name on the command line and in reports, e.g. {@code address-cooldown}. */
    String name();

    /** Its parameters as shown to people and written to JSON, in a fixed order, e.g. {@code hours → 24}. */
    Map<String, String> parameters();

    /** The events of one account the control would have stopped, in the account's time order. */
    List<Stop> stops(AccountHistory account);
}
