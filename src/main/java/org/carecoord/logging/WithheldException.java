package org.carecoord.logging;

/**
 * Stands in for a logged exception: its type and stack frames, without its message. The chain of causes is kept.
 */
final class WithheldException extends RuntimeException {

    private WithheldException(Throwable original, Throwable cause) {
        super(describe(original), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        if (original == null) {
            return null;
        }
        Throwable cause =
                original.getCause() == null || original.getCause() == original ? null : of(original.getCause());
        return new WithheldException(original, cause);
    }

    static String describe(Throwable original) {
        return original.getClass().getName() + " " + WithheldExceptionText.WITHHELD;
    }
}
