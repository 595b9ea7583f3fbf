package org.carecoord.cases;

import java.time.Instant;
import java.util.Comparator;

/** How many open episodes a coordinator holds and when they were last given one (null: never). */
record CoordinatorLoad(String coordinatorId, int openCases, Instant lastAssignedAt) {

    /** Fewest open cases first; ties go to whoever was assigned least recently (never before anyone). */
    static final Comparator<CoordinatorLoad> LEAST_LOADED = Comparator.comparingInt(CoordinatorLoad::openCases)
            .thenComparing(CoordinatorLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CoordinatorLoad::coordinatorId);
}
