package io.ledgerline.domain;

import java.util.Locale;

/** What an annotation row records; a tag is removed by a later {@link #UNTAG}, never by deleting its row. */
public enum AnnotationKind {
    TAG, UNTAG, NOTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnotationKind parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
