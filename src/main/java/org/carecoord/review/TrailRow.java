package org.carecoord.review;

import java.time.Instant;
import java.util.Comparator;

/**
 * One line of a case's audit trail: when, from which source ({@code engine}, {@code case} record or {@code audit}
 * trail), what kind of record, in which process instance (engine rows), what happened, who did it, and details —
 * codes, user ids and times only, never free text someone typed about the patient.
 */
record TrailRow(
        Instant time,
        Instant end,
        String source,
        String kind,
        String process,
        String processInstanceId,
        String what,
        String who,
        String detail) {

    static final String ENGINE = "engine";
    static final String CASE = "case";
    static final String AUDIT = "audit";

    static final Comparator<TrailRow> BY_TIME =
            Comparator.comparing(TrailRow::time, Comparator.nullsLast(Comparator.naturalOrder()));

    static TrailRow engine(
            Instant time,
            Instant end,
            String kind,
            String process,
            String instanceId,
            String what,
            String who,
            String detail) {
        return new TrailRow(time, end, ENGINE, kind, process, instanceId, what, who, detail);
    }

    static TrailRow record(String source, Instant time, String kind, String what, String who, String detail) {
        return new TrailRow(time, null, source, kind, null, null, what, who, detail);
    }
}
