package io.ledgerline.ui;

import io.ledgerline.importer.ImportReport;
import io.ledgerline.store.QuarantinedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the app shows goes through here, so view models can be tested with a fake. */
public interface DialogService {

    Optional<Path> chooseCaseToOpen();

    Optional<Path> chooseCaseToCreate();

    Optional<Path> chooseBundleFolder();

    Optional<Path> chooseBundleZip();

    /** A short message; {@code details} (problems, log location) goes in an expandable, copyable box. */
    void showError(String title, String message, String details);

    void showImportReport(ImportReport report);

    void showQuarantine(List<QuarantinedRow> rows);

    /** A short piece of information, e.g. About; {@code text} is shown in a copyable box. */
    void showInformation(String title, String text);

    /**
     * The user guide shown inside the app, where no browser showed it: {@code why}, the page's {@code path} (with a
     * way to copy it) and the guide as plain {@code text}.
     */
    void showUserGuide(String why, Path page, String text);

    /** Asks for a line of text (a reason, a tag, a note); empty when the investigator cancels. */
    Optional<String> askText(String title, String question);

    /** Where to save a picture; {@code suggestedName} is offered. */
    Optional<Path> choosePictureToSave(String suggestedName);
}
