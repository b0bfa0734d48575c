package io.ledgerline.testing;

import io.ledgerline.domain.Progress;

/** A {@link Progress} whose user has already pressed Cancel: the work must stop at its first check. */
public final class CancelledProgress implements Progress {

    @Override
    public void update(long done, long total, String message) {
        // nobody watches
    }

    @Override
    public boolean isCancelled() {
        return true;
    }
}
