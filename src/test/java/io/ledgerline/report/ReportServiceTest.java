package io.ledgerline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.audit.AuditActions;
import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Canonical;
import io.ledgerline.audit.VerifyReport;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.FilingStore;
import io.ledgerline.store.ReportRecord;
import io.ledgerline.testing.Investigators;
import io.ledgerline.testing.ReportCase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    static final Instant NOW = Instant.parse("2024-06-20T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path casePath;
    long runId;

    @BeforeEach
    void reportCase() {
        casePath = ReportCase.create(dir);
        try (CaseFile c = CaseFile.open(casePath)) {
            runId = new PlaybookService(CLOCK).analyzeAndRecord(Investigators.trail(c, dir, "alice"),
                    PlaybookSettings.defaults(), Progress.NONE).id();
        }
    }

    /** Alice's trail, on a clock an hour after the report's: the report's time stamp is the service's own. */
    private AuditTrail alice(CaseFile c) {
        return Investigators.trail(c, dir, "alice", NOW.plusSeconds(3600));
    }

    private GeneratedReport write(ReportKind kind, String name, AccountPictures pictures) {
        try (CaseFile c = CaseFile.open(casePath)) {
            return new ReportService(CLOCK, pictures).write(alice(c), kind, dir.resolve(name), runId, Progress.NONE);
        }
    }

    @Test
    void regulatorWorkbookHasEverySheetInOrderWithItsHeaders() throws Exception {
        GeneratedReport r = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        try (XSSFWorkbook wb = Workbooks.open(r.file())) {
            assertEquals(List.of("Cover", "Summary", "DORA report", "Affected accounts", "Timeline", "Legal requests",
                    "Indicators", "Custody losses", "Data breach", "Remediation", "Chain of custody", "Methodology"),
                    Workbooks.sheetNames(wb));
            assertEquals(List.of("Account (masked)", "Email (masked)", "Phone (masked)", "Country",
                    "Window start (UTC)", "Window end (UTC)", "Loss BTC", "Loss ETH", "Loss USD", "Loss USD exact",
                    "Unvalued withdrawals", "Cluster", "Review status", "Timeline picture"),
                    Workbooks.headers(wb.getSheet("Affected accounts"), "Account (masked)"));
            assertEquals(List.of("Request id", "Agency", "Jurisdiction", "Document ref", "Requested data",
                    "Received (UTC)", "Disclosed (UTC)", "Verification", "Unsafe disclosure (R4)",
                    "Accounts (masked)", "Notes"), Workbooks.headers(wb.getSheet("Legal requests"), "Request id"));
            assertEquals(List.of("Import", "Bundle", "Imported at (UTC)", "Mode", "Tool version", "File", "Kind",
                    "SHA-256", "Size (bytes)", "Rows declared", "Rows imported", "Duplicates", "Quarantined"),
                    Workbooks.headers(wb.getSheet("Chain of custody"), "Import"));
            assertTrue(Workbooks.headers(wb.getSheet("Timeline"), "Time (UTC)").contains("Rule hits"));
            assertEquals(List.of("Kind", "Value", "Network", "First seen (UTC)", "Last seen (UTC)", "Events",
                    "Compromised accounts (masked)", "Other accounts showing it (masked)"),
                    Workbooks.headers(wb.getSheet("Indicators"), "Kind"));
        }
    }

    @Test
    void remediationSheetListsTheBaselineThenEveryAnnouncedControlWithItsParameters() throws Exception {
        GeneratedReport r = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        try (XSSFWorkbook wb = Workbooks.open(r.file())) {
            Sheet sheet = wb.getSheet("Remediation");
            int header = Workbooks.headerRow(sheet, "Control").getRowNum();
            int prevented = Workbooks.column(sheet, "Control", "Withdrawals prevented");
            int of = Workbooks.column(sheet, "Control", "of unauthorized");
            List<String> controls = new java.util.ArrayList<>();
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                controls.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            List<String> expected = new java.util.ArrayList<>(List.of("loss without controls"));
            io.ledgerline.whatif.ControlCatalog.defaults().forEach(c -> expected.add(c.name()));
            assertEquals(expected, controls);
            var baseline = sheet.getRow(header + 1);
            assertEquals(baseline.getCell(of).getNumericCellValue(), baseline.getCell(prevented).getNumericCellValue());
            assertTrue(Workbooks.headers(sheet, "Control").contains("Withdrawals delayed (honest)"));
        }
    }

    @Test
    void timelineIsChronologicalWithRuleHitsAndTheDisclosureBeforeTheWindow() throws Exception {
        GeneratedReport r = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        try (XSSFWorkbook wb = Workbooks.open(r.file())) {
            Sheet t = wb.getSheet("Timeline");
            int header = Workbooks.headerRow(t, "Time (UTC)").getRowNum();
            int eventCol = Workbooks.column(t, "Time (UTC)", "Event id");
            int rulesCol = Workbooks.column(t, "Time (UTC)", "Rule hits");
            StringBuilder events = new StringBuilder();
            double previous = 0;
            for (int i = header + 1; i <= t.getLastRowNum(); i++) {
                var row = t.getRow(i);
                assertTrue(row.getCell(0).getNumericCellValue() >= previous, "time order");
                previous = row.getCell(0).getNumericCellValue();
                assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(0)));
                events.append(row.getCell(eventCol).getStringCellValue()).append(':')
                        .append(row.getCell(rulesCol).getStringCellValue()).append(' ');
            }
            // E0 disclosure (R4) before ACC-1's window, E2 (R2) .. E4 (R3) in it; E5 after the window's end; E6..E8
            assertEquals("E0:R4 E2:R2 E3: E4:R3 E6:R2 E7: E8:R3 ", events.toString());
        }
    }

    @Test
    void caseTextStaysStringCellsAndOnlyOurTotalsAreFormulas() throws Exception {
        GeneratedReport reg = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        GeneratedReport comp = write(ReportKind.COMPENSATION, "comp.xlsx", AccountPictures.NONE);
        for (GeneratedReport r : List.of(reg, comp)) {
            try (XSSFWorkbook wb = Workbooks.open(r.file())) {
                List<Cell> cells = Workbooks.cells(wb);
                for (String injection : ReportCase.INJECTIONS) {
                    List<Cell> holding = cells.stream().filter(c -> c.getCellType() == CellType.STRING
                            && c.getStringCellValue().contains(injection)).toList();
                    if (r == comp && !injection.startsWith("=")) {
                        continue; // the compensation workbook shows no contact or request text
                    }
                    assertFalse(holding.isEmpty(), injection + " is shown somewhere in " + r.file().getFileName());
                    holding.stream().filter(c -> c.getStringCellValue().equals(injection)).forEach(c ->
                            assertTrue(c.getCellStyle().getQuotePrefixed(), injection + " is quote-prefixed"));
                }
                for (Cell c : cells) {
                    if (c.getCellType() == CellType.FORMULA) {
                        assertTrue(c.getCellFormula().matches("SUMI?F?S?\\([A-Z]+\\d+:[A-Z]+\\d+(,[A-Z]+\\d+:[A-Z]+\\d+"
                                + ",\"<>(rejected|returned)\")?\\)"), "only our own totals are formulas: "
                                + c.getCellFormula());
                    }
                }
            }
        }
    }

    @Test
    void sameCaseRunAndTimeGiveTheSameBytesAndTheShaFileMatches() throws Exception {
        GeneratedReport first = write(ReportKind.REGULATOR, "a.xlsx", AccountPictures.NONE);
        GeneratedReport second = write(ReportKind.REGULATOR, "b.xlsx", AccountPictures.NONE);
        assertArrayEquals(Files.readAllBytes(first.file()), Files.readAllBytes(second.file()));
        assertEquals(ReportService.sha256(first.file()), first.sha256());
        assertEquals(first.sha256() + "  a.xlsx\n", Files.readString(first.sha256File(), StandardCharsets.UTF_8));
        try (CaseFile c = CaseFile.open(casePath)) {
            List<ReportRecord> records = new FilingStore(c).reports();
            assertEquals(2, records.size());
            assertEquals(new ReportRecord(records.get(0).id(), "regulator", "a.xlsx", first.sha256(),
                    Files.size(first.file()), runId, NOW, "alice"), records.get(0));
        }
    }

    @Test
    void anotherGenerationTimeChangesOnlyTheTimeStamps() throws Exception {
        GeneratedReport first = write(ReportKind.COMPENSATION, "a.xlsx", AccountPictures.NONE);
        GeneratedReport later;
        try (CaseFile c = CaseFile.open(casePath)) {
            later = new ReportService(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC), AccountPictures.NONE)
                    .write(alice(c), ReportKind.COMPENSATION, dir.resolve("b.xlsx"), runId, Progress.NONE);
        }
        assertNotEquals(first.sha256(), later.sha256());
        try (XSSFWorkbook a = Workbooks.open(first.file()); XSSFWorkbook b = Workbooks.open(later.file())) {
            List<Cell> ca = Workbooks.cells(a);
            List<Cell> cb = Workbooks.cells(b);
            assertEquals(ca.size(), cb.size());
            for (int i = 0; i < ca.size(); i++) {
                String x = ca.get(i).toString();
                String y = cb.get(i).toString();
                if (!x.equals(y)) {
                    assertTrue(x.contains("generated 2024-06-20 10:00:00 UTC"), "only the subtitle differs: " + x);
                }
            }
        }
    }

    @Test
    void embedsTheTimelinePictureOrSaysItIsNotAvailable() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        GeneratedReport r = write(ReportKind.REGULATOR, "reg.xlsx",
                (c, account, settings) -> account.accountId().equals("ACC-1") ? Optional.of(png.toByteArray())
                        : Optional.empty());
        try (XSSFWorkbook wb = Workbooks.open(r.file())) {
            assertEquals(1, wb.getAllPictures().size());
            assertArrayEquals(png.toByteArray(), wb.getAllPictures().get(0).getData());
            XSSFSheet sheet = wb.getSheet("Affected accounts");
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            assertEquals(1, drawing.getShapes().size());
            int pictureCol = Workbooks.column(sheet, "Account (masked)", "Timeline picture");
            int header = Workbooks.headerRow(sheet, "Account (masked)").getRowNum();
            assertEquals(pictureCol, ((org.apache.poi.xssf.usermodel.XSSFPicture) drawing.getShapes().get(0))
                    .getClientAnchor().getCol1());
            assertEquals("A***2", sheet.getRow(header + 2).getCell(0).getStringCellValue());
            assertEquals(AffectedAccountsSheet.NO_PICTURE,
                    sheet.getRow(header + 2).getCell(pictureCol).getStringCellValue());
        }
    }

    @Test
    void isProfessionalAndSafe() throws Exception {
        GeneratedReport r = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        try (XSSFWorkbook wb = Workbooks.open(r.file())) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals("Regulator filing INC-TEST", core.getTitle());
            assertEquals("Test bundle", core.getSubject());
            assertEquals("alice", core.getCreator());
            assertEquals(NOW, core.getCreated().toInstant());
            assertEquals("entity name to be completed",
                    wb.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany());
            for (Sheet sheet : wb) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertTrue(s.getPrintSetup().getLandscape(), sheet.getSheetName());
                // fitted to one A4 page wide; a table too wide for that goes on A3, pages side by side, with its header
                // row repeated on each
                if (s.getPrintSetup().getPaperSize() == org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE) {
                    assertEquals(1, s.getPrintSetup().getFitWidth(), sheet.getSheetName());
                } else {
                    assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE,
                            s.getPrintSetup().getPaperSize(), sheet.getSheetName());
                    assertTrue(s.getRepeatingRows() != null, sheet.getSheetName());
                }
                assertEquals(0, s.getPrintSetup().getFitHeight());
                assertEquals("&BConfidential", s.getHeader().getCenter());
                assertEquals("INC-TEST", s.getHeader().getLeft());
                assertEquals("Page &P of &N", s.getFooter().getRight());
                assertTrue(s.getPaneInformation().isFreezePane(), sheet.getSheetName());
                assertTrue(s.getCTWorksheet().isSetAutoFilter() || sheet.getLastRowNum() <= 5,
                        "autofilter on " + sheet.getSheetName());
                assertTrue(s.getColumnWidth(0) > 256 * 8, "fitted widths on " + sheet.getSheetName());
            }
        }
        try (ZipFile zip = new ZipFile(r.file().toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains("vbaProject")
                    || e.getName().contains("externalLink")), "no macros, no external links");
        }
    }

    @Test
    void refusesANameThatIsNotXlsxAndAnUnknownRun() throws Exception {
        try (CaseFile c = CaseFile.open(casePath)) {
            ReportService service = new ReportService(CLOCK, AccountPictures.NONE);
            AuditTrail trail = alice(c);
            assertThrows(InputRefusedException.class, () -> service.write(trail, ReportKind.REGULATOR,
                    dir.resolve("r.pdf"), runId, Progress.NONE));
            InputRefusedException e = assertThrows(InputRefusedException.class, () -> service.write(trail,
                    ReportKind.REGULATOR, dir.resolve("r.xlsx"), 99L, Progress.NONE));
            assertTrue(e.getMessage().contains("no analysis run #99"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("r.xlsx")));
            assertTrue(new AuditLogStore(c).entries().stream()
                    .noneMatch(en -> en.action().equals(AuditActions.REPORT_GENERATE)), "a refused report: no entry");
        }
    }

    @Test
    void eachReportIsSignedIntoTheAuditTrailWithItsSha256SoVerifyKnowsTheFile() throws Exception {
        GeneratedReport reg = write(ReportKind.REGULATOR, "reg.xlsx", AccountPictures.NONE);
        GeneratedReport comp = write(ReportKind.COMPENSATION, "comp.xlsx", AccountPictures.NONE);
        try (CaseFile c = CaseFile.open(casePath)) {
            List<AuditEntry> generated = new AuditLogStore(c).entries().stream()
                    .filter(e -> e.action().equals(AuditActions.REPORT_GENERATE)).toList();
            assertEquals(2, generated.size());
            AuditEntry first = generated.get(0);
            assertEquals("generated_reports", first.objectType());
            assertEquals(String.valueOf(reg.recordId()), first.objectId());
            assertEquals("alice", first.investigator());
            assertEquals(NOW.plusSeconds(3600), first.at(), "the entry is stamped by the trail's clock");
            Map<String, Object> after = Canonical.parseObject(first.afterJson());
            assertEquals(reg.sha256(), after.get("sha256"));
            assertEquals(NOW.toString(), after.get("generated_at"), "the report keeps its own time stamp");

            VerifyReport untouched = new VerifyService().verify(c, List.of(reg.file(), comp.file()));
            assertEquals(List.of(), untouched.findings());
        }
        byte[] bytes = Files.readAllBytes(comp.file());
        bytes[bytes.length / 2] ^= 1;
        Path changed = Files.write(dir.resolve("comp-changed.xlsx"), bytes);
        try (CaseFile c = CaseFile.open(casePath)) {
            VerifyReport report = new VerifyService().verify(c, List.of(reg.file(), changed));
            assertEquals(1, report.findings().size(), report.findings().toString());
            assertEquals("comp-changed.xlsx", report.findings().get(0).row());
            assertTrue(report.findings().get(0).message().contains("matches no report recorded"));
        }
    }
}
