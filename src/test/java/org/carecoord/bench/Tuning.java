package org.carecoord.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tuning applied so far (issue #12 §3), each change with the figures measured before and after it, printed in
 * the report's "Tuning" section; the details and the plans are in {@code docs/bench/tuning-2026-12-01.md}. Each
 * change also names how to tell whether the database under test has it, so a run against an older schema says so.
 */
final class Tuning {

    /** One change: a short name, what it does, where it lives, and what it did to which measure (as measured). */
    record Change(String name, String description, String where, String inEffectSql, List<Figure> figures) {}

    /** A measure before and after the change, measured on the same machine on the same day. */
    record Figure(String measure, String before, String after) {}

    static final List<Change> CHANGES = List.of(new Change(
            "queue-order index",
            "`cc_idx_task_queue_order` on `act_ru_task (priority_ desc, due_date_, rev_, id_)`, the order every"
                    + " CareCoord filter asks for followed by the first columns of the engine's DISTINCT: the page"
                    + " query walks the index and an incremental sort stops at the page instead of sorting the whole"
                    + " queue. Same rows, same order.",
            "src/main/resources/db/vendor/postgresql/V11.1__queue_order_index.sql",
            "select count(*) from pg_indexes where indexname = 'cc_idx_task_queue_order'",
            List.of(
                    new Figure(
                            "Team queue page query (`selectTaskByQueryCriteria`), EXPLAIN ANALYZE median of 5,"
                                    + " 20,000 open tasks (9,005 in the queue)",
                            "77 ms: sorts the whole queue",
                            "3.1 ms: index scan, 66 rows read"),
                    new Figure(
                            "the same, 100,000 open tasks (45,005 in the queue; a loaded machine)",
                            "589 ms: sorts the whole queue, spilling 12 MB to disk",
                            "1.7 ms: index scan, 68 rows read"),
                    new Figure(
                            "Team queue count (`selectTaskCountByQueryCriteria`), 20,000 / 100,000 open tasks",
                            "111 / 804 ms",
                            "85 / 836 ms: same plan (the difference is noise); an exact count reads the whole queue"),
                    new Figure(
                            "W3 list + count over HTTP, median at 20,000 open tasks: Team queue (coordinator / manager),"
                                    + " with My tasks (not affected) from the same runs for the machine's drift",
                            "377 / 368 ms (My tasks 129 / 82)",
                            "170 / 175 ms (My tasks 63 / 45)"))));

    private Tuning() {}

    /** Whether each change is in the database the run measured. */
    static Map<String, Boolean> inEffect(JdbcTemplate jdbc) {
        Map<String, Boolean> inEffect = new LinkedHashMap<>();
        for (var change : CHANGES) {
            boolean present;
            try {
                Long found = jdbc.queryForObject(change.inEffectSql(), Long.class);
                present = found != null && found > 0;
            } catch (RuntimeException e) {
                present = false;
            }
            inEffect.put(change.name(), present);
        }
        return inEffect;
    }
}
