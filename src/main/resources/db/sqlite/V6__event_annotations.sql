-- Tags and notes investigators put on events (issue #5, "Filters, tags, notes"). Append-only like every record of an
-- investigator's work: removing a tag is a later 'untag' row, never a delete, so who tagged what and when stays
-- answerable. A tag is shown while its latest tag/untag row for that event is a 'tag'.
CREATE TABLE event_annotations (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id     TEXT    NOT NULL, -- the exporter's event id (events.event_id)
    kind         TEXT    NOT NULL CHECK (kind IN ('tag', 'untag', 'note')),
    text         TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    investigator TEXT    NOT NULL CHECK (length(trim(investigator)) > 0),
    created_at   TEXT    NOT NULL -- RFC 3339 UTC
);
CREATE INDEX event_annotations_event ON event_annotations (event_id);

CREATE TRIGGER event_annotations_no_update BEFORE UPDATE ON event_annotations
BEGIN SELECT RAISE(ABORT, 'annotations are append-only: event_annotations cannot be updated'); END;
CREATE TRIGGER event_annotations_no_delete BEFORE DELETE ON event_annotations
BEGIN SELECT RAISE(ABORT, 'annotations are append-only: event_annotations cannot be deleted'); END;
