package io.ledgerline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import io.ledgerline.whatif.Control;
import io.ledgerline.whatif.ControlCatalog;
import io.ledgerline.whatif.RemediationRow;
import io.ledgerline.whatif.RemediationTable;
import io.ledgerline.whatif.StopKind;
import io.ledgerline.whatif.WhatIfJson;
import io.ledgerline.whatif.WhatIfResult;
import io.ledgerline.whatif.WhatIfService;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Replay the case under remediation controls: the loss each would have prevented and what it "
                + "would have cost honest customers. Reads only; records nothing.",
            "Controls: address-cooldown[=hours:24], address-expiry[=days:90], change-hold[=hours:24], "
                + "face-lock[=failures:1,hours:24,review:none|manual], step-up[=factor-hours:72], judicial. "
                + "Join controls with + to combine them."})
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    JsonOutput json;

    @Mixin
    PlaybookOptions playbook;

    @Option(names = "--control", paramLabel = "NAME=PARAMS",
            description = "A control to replay (repeatable); two or more are also replayed combined. "
                    + "Default: each announced control with its default parameters, then all combined.")
    List<String> controls = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        List<Control> chosen = chosenControls();
        WhatIfResult result;
        try (CaseFile c = caseArgument.open()) {
            result = new WhatIfService().run(c, playbook.settings(), chosen, Progress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            JsonOutput.print(out, WhatIfJson.of(result));
        } else {
            printTable(RemediationTable.of(result), out);
        }
        return LedgerlineCli.OK;
    }

    private List<Control> chosenControls() {
        try {
            return controls.isEmpty() ? ControlCatalog.defaults() : ControlCatalog.parse(controls);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void printTable(RemediationTable table, PrintWriter out) {
        RemediationRow base = table.baseline();
        out.printf("Without controls: %d compromised accounts lost USD %s in %d unauthorized withdrawals%n",
                base.compromisedAccounts(), usd(base.preventedUsd()), base.unauthorizedWithdrawals());
        out.printf("%-18s %-34s %11s %16s %9s %9s %9s %9s %9s%n", "control", "parameters", "withdrawals",
                "prevented USD", "delayed", "stepped", "face", "withheld", "accounts");
        for (RemediationRow r : table.rows()) {
            out.printf("%-18s %-34s %5d of %-3d %16s %9d %9d %9d %9d %9d%n", shorten(r.control(), 18),
                    shorten(r.parameters(), 34), r.preventedWithdrawals(), r.unauthorizedWithdrawals(),
                    usd(r.preventedUsd()), r.frictionEvents().get(StopKind.WITHDRAWAL),
                    r.frictionEvents().get(StopKind.LOGIN), r.frictionEvents().get(StopKind.FACE_CHECK),
                    r.frictionEvents().get(StopKind.DISCLOSURE), r.honestAccountsAffected());
        }
        out.println("delayed, stepped, face, withheld: honest customers' withdrawals delayed, logins stepped up, face "
                + "checks refused, disclosures withheld; accounts: honest accounts affected");
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String usd(BigDecimal value) {
        return value == null ? "unvalued" : value.toPlainString();
    }
}
