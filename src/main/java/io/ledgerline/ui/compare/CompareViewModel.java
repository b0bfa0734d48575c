package io.ledgerline.ui.compare;

import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.store.CaseFile;
import io.ledgerline.timeline.Alignment;
import io.ledgerline.timeline.ComparedAccount;
import io.ledgerline.timeline.ComparisonPainter;
import io.ledgerline.timeline.TimelineLoader;
import io.ledgerline.timeline.Viewport;
import io.ledgerline.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The comparison of several compromised accounts on one axis: which accounts, how they are aligned, the visible range.
 * Loading the accounts' timelines runs through the {@link TaskRunner}. Call from the FX thread.
 */
public final class CompareViewModel {

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<List<ComparedAccount>> accounts = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Alignment> alignment = new SimpleObjectProperty<>(Alignment.WALL_CLOCK);
    private long generation;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(new Viewport(0, 86_400_000_000L));

    public CompareViewModel(TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        alignment.addListener((obs, old, a) -> fit());
    }

    /** Loads {@code accountIds} of the case as reviewed in {@code reviewed}, then fits them all in view. */
    public void compare(CaseFile caseFile, ReviewedResult reviewed, List<String> accountIds) {
        long asked = ++generation;
        tasks.run("Lining up " + accountIds.size() + " accounts", progress -> {
            List<ComparedAccount> loaded = new ArrayList<>();
            TimelineLoader loader = new TimelineLoader(caseFile);
            for (String id : accountIds) {
                ReviewedAccount r = reviewed.account(id).orElse(null);
                loaded.add(new ComparedAccount(loader.load(id, r, reviewed.result().run().settings()).timeline(),
                        subtitle(r)));
            }
            return loaded;
        }, loaded -> {
            // a newer comparison, or another case opened meanwhile, wins: an older result is never drawn over it
            if (asked == generation) {
                accounts.set(loaded);
                fit();
            }
        }, onFailure);
    }

    private static String subtitle(ReviewedAccount r) {
        if (r == null) {
            return "";
        }
        String cluster = r.proposal() == null ? "" : "cluster " + r.proposal().cluster() + " · ";
        return cluster + (r.loss().usd() == null ? "unvalued" : String.format("USD %,.0f", r.loss().usd()));
    }

    public void clear() {
        generation++;
        accounts.set(List.of());
    }

    /** Shows the attacks: from the first disclosure or window start to the last window end. */
    public void fit() {
        viewport.set(ComparisonPainter.fitAttacks(accounts.get(), alignment.get()));
    }

    /** Shows every event of every account. */
    public void fitAll() {
        viewport.set(ComparisonPainter.fit(accounts.get(), alignment.get()));
    }

    public ReadOnlyObjectProperty<List<ComparedAccount>> accountsProperty() {
        return accounts;
    }

    public ObjectProperty<Alignment> alignmentProperty() {
        return alignment;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }
}
