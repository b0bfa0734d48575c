package io.ledgerline.importer;

import io.ledgerline.store.Collision;

/** How a row whose key was already in the case is explained to the user, the same in every importer. */
public final class CollisionReasons {

    private CollisionReasons() {
    }

    /** The key appeared earlier in the same file: the file breaks "unique within the export". */
    public static String repeat(Collision c) {
        return "\"" + c.key() + "\" repeats line " + c.existingLine() + " of this file";
    }

    /** The key is in the case from an earlier import, with other content. */
    public static String conflict(Collision c) {
        return "\"" + c.key() + "\" is already in the case with different content (from " + c.existingFile() + ":"
                + c.existingLine() + "): conflict";
    }
}
