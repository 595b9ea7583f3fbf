package org.carecoord.reliability;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The least-loaded rule replayed from the database: at each assignment of the scenario, how many open cases the
 * chosen coordinator held against the least-loaded one. The rule guarantees "chosen = least loaded" among what it
 * could see; an assignment or a closing whose transaction ran at the same moment (another node or executor thread)
 * may not have been visible to it, so the tolerance is one case per other assignment or closing within a second.
 */
record Caseload(Map<String, Long> assignments, int worstExcess, int worstSpread, int assignmentsChecked) {

    private static final Duration CONCURRENT = Duration.ofSeconds(1);

    record Row(long id, String coordinator, OffsetDateTime assignedAt, OffsetDateTime closedAt) {}

    static Caseload of(Database database, List<Long> scenarioCases) {
        List<Row> rows = database
                .rows("select id, coordinator_id, coordinator_assigned_at, closed_at from care_case "
                        + "where coordinator_id is not null order by coordinator_assigned_at")
                .stream()
                .map(r -> new Row(
                        ((Number) r.get("id")).longValue(),
                        (String) r.get("coordinator_id"),
                        time(r.get("coordinator_assigned_at")),
                        time(r.get("closed_at"))))
                .toList();
        Set<Long> ours = new HashSet<>(scenarioCases);
        Set<String> coordinators = rows.stream().map(Row::coordinator).collect(Collectors.toSet());
        int worstExcess = Integer.MIN_VALUE;
        int worstSpread = 0;
        int checked = 0;
        for (Row assignment : rows) {
            if (!ours.contains(assignment.id())) {
                continue;
            }
            OffsetDateTime t = assignment.assignedAt();
            Map<String, Integer> open = new TreeMap<>();
            coordinators.forEach(c -> open.put(c, 0));
            int concurrent = 0;
            for (Row other : rows) {
                if (other.id() == assignment.id()) {
                    continue;
                }
                if (other.assignedAt().isBefore(t)
                        && (other.closedAt() == null || other.closedAt().isAfter(t))) {
                    open.merge(other.coordinator(), 1, Integer::sum);
                }
                if (Duration.between(other.assignedAt(), t).abs().compareTo(CONCURRENT) <= 0) {
                    concurrent++;
                }
                if (other.closedAt() != null
                        && Duration.between(other.closedAt(), t).abs().compareTo(CONCURRENT) <= 0) {
                    concurrent++; // closed in a transaction that may not have committed when this one read
                }
            }
            int min = open.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int chosen = open.get(assignment.coordinator());
            worstExcess = Math.max(worstExcess, chosen - min - concurrent);
            worstSpread = Math.max(worstSpread, chosen - min);
            checked++;
        }
        Map<String, Long> counts = rows.stream()
                .filter(r -> ours.contains(r.id()))
                .collect(Collectors.groupingBy(Row::coordinator, TreeMap::new, Collectors.counting()));
        return new Caseload(counts, checked == 0 ? 0 : worstExcess, worstSpread, checked);
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }
}
