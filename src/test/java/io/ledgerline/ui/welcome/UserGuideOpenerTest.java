package io.ledgerline.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.ui.RecordingDialogs;
import io.ledgerline.ui.task.BackgroundJob;
import io.ledgerline.ui.task.TaskRunner;
import io.ledgerline.workspace.AppDirs;
import io.ledgerline.workspace.UserGuide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help ▸ User guide where no browser shows it: the guide is shown in the app, with where its page is. */
class UserGuideOpenerTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Runs every job at once on the calling thread. */
    private static final class SameThread implements TaskRunner {
        @Override
        public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = job.run(Progress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    @Test
    void aBrowserThatFailsLeavesTheGuideInTheAppWithItsPath() throws Exception {
        AppDirs dirs = new AppDirs(dir);
        new UserGuideOpener(new SameThread(), dialogs, page -> {
            throw new LedgerlineException("The desktop found no program to show it (xdg-open ended with code 3).");
        }, dirs).open();
        assertEquals(List.of(dirs.guide().resolve("user-guide.html")), dialogs.guides);
        assertTrue(Files.readString(dialogs.guides.get(0)).contains("<h2>"), "the page is written where it says");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void withoutAnyBrowserTheGuideIsShownInTheApp() {
        new UserGuideOpener(new SameThread(), dialogs, null, new AppDirs(dir)).open();
        assertEquals(1, dialogs.guides.size());
    }

    @Test
    void aBrowserThatTakesThePageIsAllThatHappens() {
        List<Path> opened = new ArrayList<>();
        new UserGuideOpener(new SameThread(), dialogs, opened::add, new AppDirs(dir)).open();
        assertEquals(1, opened.size());
        assertTrue(dialogs.guides.isEmpty(), "no second copy in the app");
    }

    @Test
    void theGuideReadsAsPlainTextWithoutMarkup() {
        String text = UserGuide.text();
        assertTrue(text.length() > 500, "the whole guide");
        assertTrue(!text.contains("<h2>") && !text.contains("](") , "no HTML or link markup");
    }
}
