package io.ledgerline.ui;

import io.ledgerline.importer.ImportReport;
import io.ledgerline.store.QuarantinedRow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: records errors and questions, answers questions from a queue (cancel when empty). */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    /** The pages of the user guides shown inside the app. */
    public final List<Path> guides = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<String> answers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseCaseToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseCaseToCreate() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseBundleFolder() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseBundleZip() {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.add(message);
    }

    @Override
    public void showImportReport(ImportReport report) {
    }

    @Override
    public void showQuarantine(List<QuarantinedRow> rows) {
    }

    @Override
    public void showInformation(String title, String text) {
    }

    @Override
    public Optional<String> askText(String title, String question) {
        questions.add(question);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> choosePictureToSave(String suggestedName) {
        return Optional.empty();
    }

    @Override
    public void showUserGuide(String why, Path page, String text) {
        guides.add(page);
    }
}
