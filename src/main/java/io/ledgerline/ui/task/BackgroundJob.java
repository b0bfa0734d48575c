package io.ledgerline.ui.task;

import io.ledgerline.domain.Progress;

/** Work to run off the FX thread; it reports through {@link Progress} and returns its result. */
@FunctionalInterface
public interface BackgroundJob<T> {

    T run(Progress progress) throws Exception;
}
