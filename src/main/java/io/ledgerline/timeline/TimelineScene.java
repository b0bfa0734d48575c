package io.ledgerline.timeline;

import java.util.BitSet;

/**
 * What a timeline shows apart from where it looks: the account's events, the shown subset under the current filter,
 * tags and notes, and the overview histogram over the account's whole span. Built off the UI thread when the account or
 * the filter changes; every frame then only lays out the visible marks.
 */
public final class TimelineScene {

    /** The overview's resolution; drawn stretched to any width. */
    static final int OVERVIEW_BINS = 300;

    private final AccountTimeline timeline;
    private final Annotations annotations;
    private final EventFilter filter;
    private final BitSet shown;
    private final Histogram overview;
    private final StopMarker marker;

    public TimelineScene(AccountTimeline timeline, Annotations annotations, EventFilter filter) {
        this(timeline, annotations, filter, null);
    }

    private TimelineScene(AccountTimeline timeline, Annotations annotations, EventFilter filter, StopMarker marker) {
        this.timeline = timeline;
        this.annotations = annotations;
        this.filter = filter;
        this.shown = filter.shown(timeline, annotations);
        this.overview = Histogram.of(timeline, shown, timeline.fitAll(), OVERVIEW_BINS);
        this.marker = marker;
    }

    private TimelineScene(TimelineScene same, StopMarker marker) {
        this.timeline = same.timeline;
        this.annotations = same.annotations;
        this.filter = same.filter;
        this.shown = same.shown;
        this.overview = same.overview;
        this.marker = marker;
    }

    /** Where the chosen what-if control would have stopped the attack, or null. */
    public StopMarker marker() {
        return marker;
    }

    /** The same scene with {@code newMarker} (null for none); cheap, nothing is recomputed. */
    public TimelineScene withMarker(StopMarker newMarker) {
        return new TimelineScene(this, newMarker);
    }

    public AccountTimeline timeline() {
        return timeline;
    }

    public Annotations annotations() {
        return annotations;
    }

    public EventFilter filter() {
        return filter;
    }

    public boolean isShown(int index) {
        return shown.get(index);
    }

    public int shownCount() {
        return shown.cardinality();
    }

    BitSet shown() {
        return shown;
    }

    public Histogram overview() {
        return overview;
    }

    /** The shown events inside {@code view}, as indices in time order. */
    public int[] shownIn(Viewport view) {
        int from = timeline.firstAtOrAfter(view.start());
        int to = timeline.firstAtOrAfter(view.end());
        return shown.get(from, to).stream().map(i -> i + from).toArray();
    }

    /** The same events under another filter (or with new tags and notes). */
    public TimelineScene with(Annotations newAnnotations, EventFilter newFilter) {
        return new TimelineScene(timeline, newAnnotations, newFilter, marker);
    }
}
