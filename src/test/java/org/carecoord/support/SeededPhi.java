package org.carecoord.support;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every patient value the tests put into the system (names, birth dates, phones, e-mails, addresses, free-text
 * notes), so that tests can look for them where they must never be: engine tables, the log. ITs register what they
 * submit; {@link PhiLogGuard} adds the patient table's contents at the end.
 */
public final class SeededPhi {

    /** Shorter values (e.g. "en", "Ada") occur in ordinary text; they are too short to find reliably. */
    static final int MIN_LENGTH = 5;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private SeededPhi() {}

    public static void register(String... values) {
        register(List.of(values));
    }

    public static void register(Collection<String> values) {
        values.stream()
                .filter(v -> v != null && v.strip().length() >= MIN_LENGTH)
                .map(String::strip)
                .forEach(VALUES::add);
    }

    public static Set<String> values() {
        return Set.copyOf(VALUES);
    }
}
