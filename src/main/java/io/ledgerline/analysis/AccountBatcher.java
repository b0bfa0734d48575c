package io.ledgerline.analysis;

import io.ledgerline.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Cuts a stream of events ordered by account into one list per account, handed on whole; checks cancellation between
 * accounts and reports progress every {@link #PROGRESS_EVERY} events. One per reader thread; call {@link #flush} when
 * its stream ends.
 *
 * @param <T> the event as read
 */
public final class AccountBatcher<T> implements Consumer<T> {

    private static final int PROGRESS_EVERY = 100_000;

    private final Function<T, String> accountOf;
    private final BiConsumer<String, List<T>> perAccount;
    private final Progress progress;
    private final AtomicLong seen;
    private final String what;
    private final List<T> current = new ArrayList<>();
    private String account;

    /**
     * @param perAccount receives each account's id and events (a copy it may keep)
     * @param seen       events seen by every reader together, so progress counts all of them
     * @param what       the progress text, e.g. "Analysing events"
     */
    public AccountBatcher(Function<T, String> accountOf, BiConsumer<String, List<T>> perAccount, Progress progress,
            AtomicLong seen, String what) {
        this.accountOf = accountOf;
        this.perAccount = perAccount;
        this.progress = progress;
        this.seen = seen;
        this.what = what;
    }

    @Override
    public void accept(T e) {
        String id = accountOf.apply(e);
        if (!id.equals(account)) {
            flush();
            progress.checkCancelled();
            account = id;
        }
        current.add(e);
        long total = seen.incrementAndGet();
        if (total % PROGRESS_EVERY == 0) {
            progress.update(total, -1, what);
        }
    }

    public void flush() {
        if (!current.isEmpty()) {
            perAccount.accept(account, List.copyOf(current));
            current.clear();
        }
    }
}
