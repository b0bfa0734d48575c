package io.ledgerline.cli;

import io.ledgerline.domain.Progress;
import java.io.PrintWriter;

/** Progress on one stderr line, rewritten in place, only when stderr is a terminal (never in pipes or CI logs). */
final class ConsoleProgress implements Progress {

    private final PrintWriter err;
    private final boolean interactive = System.console() != null;
    private boolean written;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        if (!interactive) {
            return;
        }
        String percent = total > 0 ? String.format("%3d%% ", done * 100 / total) : "";
        err.print("\r" + percent + message + "\u001b[K");
        err.flush();
        written = true;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    void done() {
        if (written) {
            err.print("\r\u001b[K");
            err.flush();
            written = false;
        }
    }
}
