package org.carecoord.web;

/** Optional text as CareCoord stores it: trimmed, and an empty or blank answer stored as no answer (null). */
public final class Text {

    /** The value's text without surrounding whitespace, or null if there is none. */
    public static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private Text() {}
}
