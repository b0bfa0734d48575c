package io.ledgerline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.compensation.CompensationLine;
import io.ledgerline.report.FilingField;
import io.ledgerline.report.Workbooks;
import io.ledgerline.testing.ReportCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;
    String caseFile;
    /** The profile of the investigator who imported the case. */
    String alice;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void reportCase() {
        caseFile = ReportCase.create(dir).toString();
        alice = dir.resolve("profiles").resolve(ReportCase.IMPORTER).toString();
    }

    private JsonNode analyze() throws Exception {
        assertEquals(0, cli.run("analyze", caseFile, "--json"), cli.err);
        return new ObjectMapper().readTree(cli.out);
    }

    @Test
    void workbookTotalsEvaluateToTheFiguresOfAnalyzeJson() throws Exception {
        assertEquals(0, cli.run("review", caseFile, "--account", "ACC-2", "--reject", "--reason", "own device",
                "--profile", alice), cli.err);
        JsonNode json = analyze();
        String run = json.get("run").get("id").asText();
        Path reg = dir.resolve("reg.xlsx");
        Path comp = dir.resolve("comp.xlsx");
        assertEquals(0, cli.run("report", caseFile, "--regulator", reg.toString(), "--compensation", comp.toString(),
                "--run", run, "--profile", alice), cli.err);
        assertTrue(cli.out.contains("analysis run #" + run), cli.out);
        BigDecimal exact = new BigDecimal(json.get("reviewed_total_loss_usd_exact").asText());
        BigDecimal rounded = new BigDecimal(json.get("reviewed_total_loss_usd").asText());
        assertEquals(0, new BigDecimal("30030").compareTo(exact), "ACC-2 rejected: only ACC-1's loss counts");
        try (XSSFWorkbook wb = Workbooks.open(reg)) {
            Sheet accounts = wb.getSheet("Affected accounts");
            Row total = Workbooks.rowStartingWith(accounts, "Total");
            assertFormula(wb, total.getCell(Workbooks.column(accounts, "Account (masked)", "Loss USD exact")), exact);
            assertEquals(rounded.doubleValue(), total.getCell(Workbooks.column(accounts, "Account (masked)",
                    "Loss USD")).getNumericCellValue());
            assertFormula(wb, total.getCell(Workbooks.column(accounts, "Account (masked)", "Loss BTC")),
                    new BigDecimal(json.get("compromised").get(0).get("reviewed").get("loss_by_asset").get("BTC")
                            .asText()));
        }
        try (XSSFWorkbook wb = Workbooks.open(comp)) {
            Sheet lines = wb.getSheet("Compensation");
            Row total = Workbooks.rowStartingWith(lines, "Total");
            assertFormula(wb, total.getCell(Workbooks.column(lines, "Account", "USD value exact")), exact);
            assertFormula(wb, total.getCell(Workbooks.column(lines, "Account", "Net loss USD exact")), exact);
            assertEquals(rounded.doubleValue(), total.getCell(Workbooks.column(lines, "Account", "Net loss USD"))
                    .getNumericCellValue(), "nothing recovered: the net loss is the loss");
            assertFormula(wb, total.getCell(Workbooks.column(lines, "Account", "Proposed USD")),
                    BigDecimal.ZERO);
            Row acc1 = lines.getRow(Workbooks.headerRow(lines, "Account").getRowNum() + 1);
            assertEquals(CompensationLine.NO_PROPOSAL_YET, acc1.getCell(Workbooks.column(lines, "Account", "State"))
                    .getStringCellValue());
            assertEquals(rounded.doubleValue(), total.getCell(Workbooks.column(lines, "Account", "USD value"))
                    .getNumericCellValue());
            Sheet withdrawals = wb.getSheet("Withdrawals");
            assertFormula(wb, Workbooks.rowStartingWith(withdrawals, "Total").getCell(Workbooks.column(withdrawals,
                    "Account", "USD value exact")), exact);
            assertEquals("E4", withdrawals.getRow(Workbooks.headerRow(withdrawals, "Account").getRowNum() + 1)
                    .getCell(1).getStringCellValue());
        }
    }

    /** The formula evaluates (POI's evaluator, as a reader would) to {@code expected}, and its cached value too. */
    private static void assertFormula(XSSFWorkbook wb, Cell cell, BigDecimal expected) {
        assertEquals(CellType.FORMULA, cell.getCellType());
        double cached = cell.getNumericCellValue();
        double evaluated = new XSSFFormulaEvaluator(wb).evaluate(cell).getNumberValue();
        assertEquals(expected.doubleValue(), evaluated, 1e-9, cell.getCellFormula());
        assertEquals(evaluated, cached, 1e-9, "cached value of " + cell.getCellFormula());
        assertEquals(expected.setScale(2, RoundingMode.HALF_EVEN),
                BigDecimal.valueOf(evaluated).setScale(2, RoundingMode.HALF_EVEN), "to the cent");
    }

    @Test
    void writesTheShaFileAndReusesTheLatestRunUnlessTheCaseChanged() throws Exception {
        Path reg = dir.resolve("out/reg.xlsx");
        assertEquals(0, cli.run("report", caseFile, "--regulator", reg.toString(), "--profile", alice), cli.err);
        assertTrue(cli.out.contains("analysis run #1,"), "a fresh run is recorded: " + cli.out);
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(reg)));
        assertEquals(hex + "  reg.xlsx\n", Files.readString(dir.resolve("out/reg.xlsx.sha256")));
        assertTrue(cli.out.contains(hex), cli.out);
        assertEquals(0, cli.run("report", caseFile, "--compensation", dir.resolve("out/comp.xlsx").toString(),
                "--profile", alice), cli.err);
        assertTrue(cli.out.contains("analysis run #1,"), "the latest run is still current: " + cli.out);
        assertEquals(1, analyze().get("run").get("id").asInt() - 1, "no other run was recorded");
    }

    @Test
    void sameRunAndGenerationTimeGiveTheSameBytes() throws Exception {
        String run = analyze().get("run").get("id").asText();
        for (String name : new String[] {"a.xlsx", "b.xlsx"}) {
            assertEquals(0, cli.run("report", caseFile, "--regulator", dir.resolve(name).toString(), "--run", run,
                    "--generated-at", "2024-06-20T10:00:00Z", "--profile", alice, "--investigator", "alice"),
                    cli.err);
        }
        assertEquals(Files.readString(dir.resolve("a.xlsx.sha256")).split(" ")[0],
                Files.readString(dir.resolve("b.xlsx.sha256")).split(" ")[0]);
    }

    @Test
    void verifyKnowsAGeneratedReportAndFindsAChangedCopy() throws Exception {
        Path comp = dir.resolve("comp.xlsx");
        assertEquals(0, cli.run("report", caseFile, "--compensation", comp.toString(), "--profile", alice), cli.err);
        assertEquals(0, cli.run("verify", caseFile, "--report", comp.toString()), cli.out);
        assertTrue(cli.out.contains("All checks hold."), cli.out);
        byte[] bytes = Files.readAllBytes(comp);
        bytes[bytes.length - 1] ^= 1;
        Path changed = Files.write(dir.resolve("comp-sent.xlsx"), bytes);
        assertEquals(1, cli.run("verify", caseFile, "--report", comp.toString(), "--report", changed.toString()));
        assertTrue(cli.out.contains("comp-sent.xlsx"), cli.out);
        assertTrue(cli.out.contains("matches no report recorded"), cli.out);
        assertFalse(cli.out.contains("comp.xlsx:"), "the original still matches: " + cli.out);
    }

    @Test
    void refusesAnUnknownRunWithoutAStackTrace() {
        assertEquals(1, cli.run("report", caseFile, "--regulator", dir.resolve("r.xlsx").toString(), "--run", "42",
                "--profile", alice));
        assertTrue(cli.err.contains("no analysis run #42"), cli.err);
        assertFalse(cli.err.contains("\tat "), cli.err);
        assertEquals(2, cli.run("report", caseFile), "an output is required");
    }

    @Test
    void narrativeFieldsAreListedSetAndValidated() {
        assertEquals(0, cli.run("narrative", "--help"));
        for (FilingField f : FilingField.values()) {
            assertTrue(cli.out.contains(f.key()), f.key() + " in --help");
        }
        assertEquals(0, cli.run("narrative", caseFile, "--field", "root_cause", "--text",
                "Forged court orders accepted without call-back", "--reason", "first draft", "--profile", alice),
                cli.err);
        assertTrue(cli.out.startsWith("Entry #1 recorded: root_cause set by alice"), cli.out);
        assertEquals(1, cli.run("narrative", caseFile, "--field", "detected_at", "--text", "2024-06-01 09:00",
                "--profile", alice));
        assertTrue(cli.err.contains("detected_at:"), cli.err);
        assertEquals(2, cli.run("narrative", caseFile, "--field", "no_such_field", "--text", "x", "--profile", alice));
        assertEquals(0, cli.run("narrative", caseFile), cli.err);
        assertTrue(cli.out.lines().anyMatch(l -> l.startsWith("root_cause") && l.endsWith("call-back")), cli.out);
        assertTrue(cli.out.lines().anyMatch(l -> l.startsWith("detected_at") && l.contains("to be completed")));
    }

    @Test
    void recoveredAmountsAreNettedOffTheProposal() throws Exception {
        assertEquals(0, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "BTC", "--amount",
                "0.1001", "--reason", "frozen at the destination exchange", "--profile", alice), cli.err);
        assertTrue(cli.out.startsWith("Recovered #1 recorded: ACC-1 0.1001 BTC by alice"), cli.out);
        assertEquals(1, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "BTC", "--amount", "-1",
                "--reason", "x", "--profile", alice));
        assertEquals(1, cli.run("recovered", caseFile, "--account", "ACC-9", "--asset", "BTC", "--amount", "1",
                "--reason", "x", "--profile", alice));
        // matched to the losses by asset: another spelling is taken as the account's own, an asset it never
        // withdrew is refused (it would be signed and then deducted from nothing)
        assertEquals(1, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "DOGE", "--amount", "1",
                "--reason", "x", "--profile", alice));
        assertTrue(cli.err.contains("ACC-1 withdrew no DOGE; its withdrawals were in BTC"), cli.err);
        assertEquals(0, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "btc", "--amount",
                "0.1001", "--reason", "same amount, lower case", "--profile", alice), cli.err);
        assertTrue(cli.out.startsWith("Recovered #2 recorded: ACC-1 0.1001 BTC by alice"), cli.out);
        Path comp = dir.resolve("comp.xlsx");
        assertEquals(0, cli.run("report", caseFile, "--compensation", comp.toString(), "--profile", alice), cli.err);
        try (XSSFWorkbook wb = Workbooks.open(comp)) {
            Sheet lines = wb.getSheet("Compensation");
            Row acc1 = lines.getRow(Workbooks.headerRow(lines, "Account").getRowNum() + 1);
            assertEquals("ACC-1", acc1.getCell(0).getStringCellValue());
            assertEquals(0.1001, acc1.getCell(Workbooks.column(lines, "Account", "Recovered (units)"))
                    .getNumericCellValue());
            // 0.5005 BTC lost at USD 60000 = 30030; a fifth recovered: 24024
            assertEquals(24024.0, acc1.getCell(Workbooks.column(lines, "Account", "Net loss USD"))
                    .getNumericCellValue());
            assertEquals("unreviewed", acc1.getCell(Workbooks.column(lines, "Account", "Review status"))
                    .getStringCellValue());
            assertEquals(CompensationLine.NO_PROPOSAL_YET, acc1.getCell(Workbooks.column(lines, "Account",
                    "State")).getStringCellValue());
        }
    }

    @Test
    void theCompensationWorkbookShowsEachAccountsProposalAsTheDecisionsKeepIt() throws Exception {
        String bob = dir.resolve("profiles").resolve("bob").toString();
        assertEquals(0, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "BTC", "--amount", "0.1001",
                "--reason", "frozen at the destination exchange", "--profile", alice), cli.err);
        assertEquals(0, cli.run("review", caseFile, "--account", "ACC-1", "--confirm", "--reason", "customer called",
                "--profile", alice), cli.err);
        assertEquals(0, cli.run("propose", caseFile, "--account", "ACC-1", "--reason", "reviewed loss", "--profile",
                alice), cli.err);
        assertTrue(cli.out.contains("0.4004 BTC in kind (USD 24024.00"), "the recovery is deducted: " + cli.out);
        assertEquals(0, cli.run("approve", caseFile, "--account", "ACC-1", "--reason", "matches the ledger",
                "--profile", bob, "--investigator", "bob"), cli.err);
        assertEquals(0, cli.run("review", caseFile, "--account", "ACC-2", "--confirm", "--reason", "customer called",
                "--profile", alice), cli.err);
        assertEquals(0, cli.run("propose", caseFile, "--account", "ACC-2", "--policy", "usd", "--reason", "in USD",
                "--profile", alice), cli.err);
        assertEquals(0, cli.run("return", caseFile, "--account", "ACC-2", "--reason", "ask the customer first",
                "--profile", bob, "--investigator", "bob"), cli.err);
        Path comp = dir.resolve("comp.xlsx");
        assertEquals(0, cli.run("report", caseFile, "--compensation", comp.toString(), "--profile", alice), cli.err);
        try (XSSFWorkbook wb = Workbooks.open(comp)) {
            Sheet lines = wb.getSheet("Compensation");
            int header = Workbooks.headerRow(lines, "Account").getRowNum();
            Row acc1 = lines.getRow(header + 1);
            assertEquals("ACC-1", acc1.getCell(0).getStringCellValue());
            assertEquals("#1, in kind", text(lines, acc1, "Proposal, policy"));
            assertEquals(0.4004, number(lines, acc1, "Proposed (units)"));
            assertEquals(24024.0, number(lines, acc1, "Proposed USD"));
            assertEquals(number(lines, acc1, "Net loss USD"), number(lines, acc1, "Proposed USD"),
                    "one netting rule: the workbook's net loss is what was proposed");
            assertEquals("approved", text(lines, acc1, "State"));
            assertTrue(text(lines, acc1, "Proposed by").startsWith("alice, "), text(lines, acc1, "Proposed by"));
            assertTrue(text(lines, acc1, "Approved or returned by").startsWith("bob, "));
            assertEquals("proposed: reviewed loss; approved: matches the ledger", text(lines, acc1,
                    "Proposal reasons"));
            Row acc2 = lines.getRow(header + 2);
            assertEquals("ACC-2", acc2.getCell(0).getStringCellValue());
            assertEquals("#2, USD at time of loss", text(lines, acc2, "Proposal, policy"));
            assertEquals("returned", text(lines, acc2, "State"));
            assertEquals(6030.25, number(lines, acc2, "Proposed USD"));
            assertEquals(CellType.BLANK, acc2.getCell(Workbooks.column(lines, "Account", "Proposed (units)"),
                    Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType(), "the USD policy proposes no units");
            assertEquals("proposed: in USD; returned: ask the customer first", text(lines, acc2, "Proposal reasons"));
            assertFormula(wb, Workbooks.rowStartingWith(lines, "Total").getCell(Workbooks.column(lines, "Account",
                    "Proposed USD")), new BigDecimal("24024"));
        }
        assertEquals(0, cli.run("paid", caseFile, "--account", "ACC-1", "--reference", "PAY-7", "--profile", bob),
                cli.err);
        assertEquals(0, cli.run("recovered", caseFile, "--account", "ACC-1", "--asset", "BTC", "--amount", "0.2",
                "--reason", "more came back after payment", "--profile", bob), cli.err);
        assertEquals(0, cli.run("report", caseFile, "--compensation", comp.toString(), "--profile", bob), cli.err);
        try (XSSFWorkbook wb = Workbooks.open(comp)) {
            Sheet lines = wb.getSheet("Compensation");
            Row acc1 = lines.getRow(Workbooks.headerRow(lines, "Account").getRowNum() + 1);
            assertEquals("paid", text(lines, acc1, "State"));
            assertEquals("PAY-7", text(lines, acc1, "Payout reference"));
            assertEquals("#1, in kind; computed from another net loss than this line's", text(lines, acc1,
                    "Proposal, policy"));
            assertEquals(18030.0, number(lines, acc1, "Net loss USD"), "0.3005 BTC still lost at 60000");
        }
        assertEquals(0, cli.run("verify", caseFile, "--report", comp.toString()), cli.out);
    }

    private static String text(Sheet sheet, Row row, String header) {
        return row.getCell(Workbooks.column(sheet, "Account", header)).getStringCellValue();
    }

    private static double number(Sheet sheet, Row row, String header) {
        return row.getCell(Workbooks.column(sheet, "Account", header)).getNumericCellValue();
    }
}
