package io.ledgerline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.Category;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.testing.ReviewCase;
import io.ledgerline.timeline.AccountTimeline;
import io.ledgerline.timeline.Mark;
import io.ledgerline.timeline.TimelineGeometry;
import io.ledgerline.timeline.Viewport;
import io.ledgerline.ui.LedgerlineApp;
import io.ledgerline.ui.main.AccountRow;
import io.ledgerline.ui.main.MainViewModel;
import io.ledgerline.workspace.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline driven headless as an investigator would: ACC-1 of {@link ReviewCase} is a suspected takeover (password
 * change E2, fresh address E3, unauthorized withdrawal E4; E1 and E5 outside the window).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

    private MainViewModel model;
    private TimelineViewModel timeline;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("ledgerline-timeline");
        model = LedgerlineApp.show(stage, new AppDirs(dir.resolve("home")), ReviewCase.create(dir));
        timeline = model.timeline();
    }

    @BeforeEach
    void openAcc1(FxRobot robot) throws Exception {
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2
                && robot.lookup("ACC-1").tryQuery().isPresent());
        robot.clickOn("ACC-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.sceneProperty().get() != null
                && !canvas(robot).marks().isEmpty() && rows(robot).getItems().size() > 0);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    private static TimelineCanvas canvas(FxRobot robot) {
        return robot.lookup("#timeline-canvas").queryAs(TimelineCanvas.class);
    }

    private static TableView<EventRow> rows(FxRobot robot) {
        return robot.lookup("#timeline-events").queryTableView();
    }

    private AccountTimeline account() {
        return timeline.sceneProperty().get().timeline();
    }

    private int indexOf(String eventId) {
        for (int i = 0; i < account().size(); i++) {
            if (account().entry(i).facts().eventId().equals(eventId)) {
                return i;
            }
        }
        throw new AssertionError(eventId);
    }

    /** Where on screen the mark of {@code eventId} was drawn. */
    private Point2D onScreen(FxRobot robot, String eventId) {
        TimelineCanvas c = canvas(robot);
        int index = indexOf(eventId);
        Mark m = c.marks().stream().filter(k -> k.first() <= index && index <= k.last()
                && k.lane() == account().lane(index).ordinal()).findFirst().orElseThrow();
        TimelineGeometry g = new TimelineGeometry(c.getWidth(), c.getHeight());
        return c.localToScreen(g.plotLeft() + m.x(), g.laneCentre(m.lane()));
    }

    /** Types {@code text} into the question dialog now opening and presses Enter. */
    private static void answer(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .text-field").match(Node::isVisible).queryTextInputControl())
                .write(text).type(KeyCode.ENTER);
    }

    private static String selectedId(TableView<EventRow> table) {
        EventRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.entry().facts().eventId();
    }

    @Test
    void opensZoomedToTheCompromiseWindowWhichIsShadedWithTheUnauthorizedWithdrawalMarked(FxRobot robot) {
        var window = account().findings().window().orElseThrow();
        Viewport v = timeline.viewportProperty().get();
        assertTrue(v.contains(EpochMicros.of(window.start())) && v.contains(EpochMicros.of(window.end())), v.toString());
        assertEquals(3, rows(robot).getItems().size(), "E2, E3, E4 in view; E1 weeks before, E5 after the window");
        assertTrue(canvas(robot).marks().stream().anyMatch(m -> m.unauthorized() == 1), "E4 is marked unauthorized");

        // the band: a pixel inside the window on the empty "other" lane is tinted red, one outside is not
        TimelineCanvas c = canvas(robot);
        TimelineGeometry g = new TimelineGeometry(c.getWidth(), c.getHeight());
        long middle = EpochMicros.of(window.start()) / 2 + EpochMicros.of(window.end()) / 2;
        double inside = g.plotLeft() + v.x(middle, g.plotWidth());
        double outside = g.plotLeft() + g.plotWidth() - 3;
        double y = g.laneCentre(Category.OTHER.ordinal());
        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> c.snapshot(null, null)));
        Color in = shot.getPixelReader().getColor((int) inside, (int) y);
        Color out = shot.getPixelReader().getColor((int) outside, (int) y);
        assertTrue(in.getRed() > in.getGreen() + 0.04, "inside the window: " + in);
        assertTrue(Math.abs(out.getRed() - out.getGreen()) < 0.03, "outside the window: " + out);
    }

    @Test
    void selectingInTheLanesSelectsInTheTableAndShowsEveryField(FxRobot robot) throws Exception {
        robot.clickOn(onScreen(robot, "E4"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "E4".equals(selectedId(rows(robot))));
        TextArea details = robot.lookup("#timeline-details").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> details.getText().contains("event_id     E4"));
        assertTrue(details.getText().contains("unauthorized withdrawal"), details.getText());
        assertTrue(details.getText().contains("R3"), details.getText());
        assertTrue(details.getText().contains("source       events.csv:5"), details.getText());

        // and the other way: the table's selection moves the canvas' selection
        robot.interact(() -> rows(robot).getSelectionModel().select(0));
        assertEquals(indexOf(selectedId(rows(robot))), timeline.selectedProperty().get());
    }

    @Test
    void wheelZoomsAroundTheCursorDragPansKeysZoomAndGoHome(FxRobot robot) {
        TimelineCanvas c = canvas(robot);
        Viewport before = timeline.viewportProperty().get();
        TimelineGeometry g = new TimelineGeometry(c.getWidth(), c.getHeight());
        double x = g.plotLeft() + g.plotWidth() * 0.3;
        long anchor = before.micros(x - g.plotLeft(), g.plotWidth());
        robot.moveTo(c.localToScreen(x, g.laneCentre(2))).scroll(2, VerticalDirection.UP);
        Viewport zoomed = timeline.viewportProperty().get();
        assertTrue(zoomed.span() != before.span(), "the wheel zooms");
        assertEquals(anchor, zoomed.micros(x - g.plotLeft(), g.plotWidth()), zoomed.span() / 200.0,
                "the instant under the cursor stays under it");

        Viewport beforeDrag = timeline.viewportProperty().get();
        robot.drag(c.localToScreen(g.plotLeft() + 400, g.laneCentre(7)), MouseButton.PRIMARY)
                .moveBy(-200, 0).drop();
        Viewport dragged = timeline.viewportProperty().get();
        assertEquals(beforeDrag.span(), dragged.span());
        assertTrue(dragged.start() > beforeDrag.start(), "dragging left shows later events");

        robot.clickOn(c, MouseButton.SECONDARY); // focus without selecting
        long span = timeline.viewportProperty().get().span();
        robot.type(KeyCode.MINUS);
        assertTrue(timeline.viewportProperty().get().span() > span, "- zooms out");
        robot.type(KeyCode.HOME);
        assertTrue(timeline.viewportProperty().get().contains(account().micros(0)), "Home shows the first event");
        robot.clickOn("#fit-window");
        assertEquals(account().fitWindow(), timeline.viewportProperty().get());
    }

    @Test
    void draggingTheOverviewsRangeMovesTheViewAndAMergedMarkZoomsIntoItsEvents(FxRobot robot) throws Exception {
        TimelineCanvas c = canvas(robot);
        TimelineGeometry g = new TimelineGeometry(c.getWidth(), c.getHeight());
        robot.clickOn("#fit-all");
        robot.interact(() -> timeline.zoom(0.25));
        Viewport before = timeline.viewportProperty().get();
        Viewport all = timeline.sceneProperty().get().overview().range();
        double middle = g.plotLeft() + all.x(before.start() + before.span() / 2, g.plotWidth());
        double y = TimelineGeometry.OVERVIEW_TOP + TimelineGeometry.OVERVIEW_HEIGHT / 2;
        robot.drag(c.localToScreen(middle, y), MouseButton.PRIMARY).moveBy(60, 0).drop();
        Viewport moved = timeline.viewportProperty().get();
        assertEquals(before.span(), moved.span(), "moving the range keeps its width");
        assertEquals(60 * all.span() / g.plotWidth(), moved.start() - before.start(), all.span() / g.plotWidth() * 3,
                "the range follows the mouse on the overview's scale");

        robot.clickOn("#fit-all");
        Mark merged = canvas(robot).marks().stream().filter(m -> !m.single()).findFirst().orElseThrow();
        robot.clickOn(c.localToScreen(g.plotLeft() + merged.x(), g.laneCentre(merged.lane())));
        Viewport zoomed = timeline.viewportProperty().get();
        assertTrue(zoomed.contains(account().micros(merged.first())) && zoomed.contains(account().micros(merged.last())),
                zoomed.toString());
        assertTrue(canvas(robot).marks().stream().filter(m -> m.lane() == merged.lane()).count() > 1,
                "zoomed in, the merged events show one by one");
    }

    @Test
    void aChosenZoneShowsTimesWithItsOffsetInTheTable(FxRobot robot) throws Exception {
        ComboBox<String> zone = robot.lookup("#zone").queryComboBox();
        robot.interact(() -> zone.setValue("Asia/Seoul"));
        assertEquals(java.time.ZoneId.of("Asia/Seoul"), timeline.zoneProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // E2 is 2024-05-20T10:00Z: 19:00 in Seoul
        assertTrue(robot.lookup("2024-05-20 19:00:00.000 +09:00").tryQuery().isPresent(),
                "the table writes each time in the chosen zone, with its offset");
    }

    @Test
    void theDarkThemeRestylesTheWindowAndRedrawsTheTimelineDark(FxRobot robot) {
        TimelineCanvas c = canvas(robot);
        robot.clickOn("View").clickOn("#dark-theme");
        assertTrue(c.getScene().getRoot().getStylesheets().stream().anyMatch(css -> css.endsWith("dark.css")));
        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> c.snapshot(null, null)));
        Color background = shot.getPixelReader().getColor((int) c.getWidth() - 2, (int) c.getHeight() - 2);
        assertTrue(background.getBrightness() < 0.3, "a dark canvas: " + background);
    }

    @Test
    void savePictureWritesTheCurrentViewAsAPng() throws Exception {
        Path out = Files.createTempDirectory("ledgerline-picture").resolve("acc1.png");
        java.util.concurrent.CompletableFuture<Path> done = new java.util.concurrent.CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> timeline.exportPicture(out, 900, 300, done::complete));
        assertEquals(out, done.get(10, TimeUnit.SECONDS));
        var image = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void filteringByTypeLeavesOnlyThoseEventsInTheTableAndTheLanes(FxRobot robot) throws Exception {
        robot.clickOn("#fit-all");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).getItems().size() == 5);
        ComboBox<String> type = robot.lookup("#filter-type").queryComboBox();
        robot.interact(() -> type.setValue("WITHDRAWAL"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).getItems().size() == 2);
        assertTrue(rows(robot).getItems().stream().allMatch(r -> r.entry().facts().type().equals("WITHDRAWAL")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, canvas(robot).marks().stream().mapToInt(Mark::count).sum());
    }

    @Test
    void aTagIsStoredShownInTheTableAndFoundBySearch(FxRobot robot) throws Exception {
        robot.clickOn(onScreen(robot, "E3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "E3".equals(selectedId(rows(robot))));
        robot.clickOn("#annotate-menu").clickOn("Tag the selected event…");
        answer(robot, "attacker address");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> timeline.sceneProperty().get().annotations().tags("E3").contains("attacker address"));
        assertTrue(robot.lookup("attacker address").tryQuery().isPresent(), "the Tags column shows it");

        robot.interact(() -> robot.lookup("#filter-text").queryTextInputControl().setText("attacker"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).getItems().size() == 1);
        assertEquals("E3", rows(robot).getItems().get(0).entry().facts().eventId());
    }

    @Test
    void confirmingTheTakeoverFromTheTimelineUpdatesTheAccountsTable(FxRobot robot) throws Exception {
        robot.clickOn("#review-menu").clickOn("Confirm takeover of this account…");
        answer(robot, "customer confirmed by phone");
        TableView<AccountRow> accounts = robot.lookup("#accounts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().stream()
                .anyMatch(r -> r.accountId().equals("ACC-1") && r.reviewStatus().equals("confirmed")));
        assertEquals("ACC-1", accounts.getSelectionModel().getSelectedItem().accountId(), "still selected");
        assertFalse(timeline.sceneProperty().get() == null, "the timeline stays open");
    }
}
