package org.carecoord.bench;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * W4's cases, made cheaply in SQL: one patient and one active case each (case number {@code W4-0000001}…), enough
 * for what the monitoring timer's task listeners read; no personal details, no coordinator who signs in.
 */
final class CaseRows {

    record Row(long id, String caseNumber) {}

    private static final String MATCH_PREFIX = "w4|bench|";

    private final JdbcTemplate jdbc;

    CaseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(int count) {
        delete();
        jdbc.update("""
                insert into patient (match_key, first_name, last_name, date_of_birth, sex, preferred_language,
                                     created_at, updated_at)
                select ? || g, 'Bench', 'Timer ' || g, date '1950-01-01', 'unknown', 'en', now(), now()
                from generate_series(1, ?) g""", MATCH_PREFIX, count);
        jdbc.update(
                """
                insert into care_case (case_number, patient_id, open_patient_id, status, program, referral_source,
                                       reason_for_referral, urgency, coordinator_id, coordinator_assigned_at,
                                       opened_by, opened_at, risk_tier)
                select ? || lpad(substr(p.match_key, ?), 7, '0'), p.id, p.id, 'active', 'bench', 'bench',
                       'W4 timer benchmark', 'routine', ?, now(), 'bench', now(), 'low'
                from patient p where p.match_key like ?""",
                TimersBench.BUSINESS_KEY_PREFIX,
                MATCH_PREFIX.length() + 1,
                TimersBench.COORDINATOR,
                MATCH_PREFIX + "%");
    }

    List<Row> rows() {
        return jdbc.query(
                "select id, case_number from care_case where case_number like ? order by case_number",
                (rs, i) -> new Row(rs.getLong("id"), rs.getString("case_number")),
                TimersBench.BUSINESS_KEY_PREFIX + "%");
    }

    void delete() {
        jdbc.update("delete from care_case where case_number like ?", TimersBench.BUSINESS_KEY_PREFIX + "%");
        jdbc.update("delete from patient where match_key like ?", MATCH_PREFIX + "%");
    }
}
