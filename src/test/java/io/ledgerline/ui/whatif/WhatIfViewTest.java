package io.ledgerline.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import io.ledgerline.ui.task.UiTasks;
import io.ledgerline.whatif.AccountOutcome;
import io.ledgerline.whatif.RemediationRow;
import io.ledgerline.whatif.StopKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The What-if window on a small demo case: editing a parameter recomputes the table off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class WhatIfViewTest {

    private CaseFile caseFile;
    private WhatIfViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-whatif");
        DemoSummary demo = new DemoGenerator().write(dir.resolve("b"), DemoOptions.folder(0.2, 3), Progress.NONE);
        caseFile = CaseFile.create(dir.resolve("c.ledgerline"));
        new ImportService().importBundle(demo.bundle(), caseFile, ImportOptions.STRICT, Progress.NONE);
        model = WhatIfWindow.show(stage, new UiTasks(), new SimpleObjectProperty<>(caseFile));
    }

    @AfterEach
    void close() {
        caseFile.close();
    }

    @Test
    void editingTheCooldownRecomputesTheTable(FxRobot robot) throws Exception {
        TableView<RemediationRow> table = robot.lookup("#whatif-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        RemediationRow before = table.getItems().get(0);
        assertEquals("hours=24", before.parameters());
        assertEquals(0L, before.frictionEvents().get(StopKind.WITHDRAWAL));

        robot.clickOn("#cooldown-hours").eraseText(4).write("100").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "hours=100".equals(table.getItems().get(0).parameters()));
        RemediationRow after = table.getItems().get(0);
        assertTrue(after.frictionEvents().get(StopKind.WITHDRAWAL) > 0,
                "a cool-down over three days delays the late-address decoy's withdrawal");
        assertEquals("address-cooldown.hours=100", model.rows().get(6).parameters().split(", ")[0]);
        TableView<AccountOutcome> accounts = robot.lookup("#whatif-accounts").queryTableView();
        assertEquals(8, accounts.getItems().size(), "the eight takeovers under the selected control");
    }
}
