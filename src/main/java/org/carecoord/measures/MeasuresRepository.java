package org.carecoord.measures;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows the measures are counted from, read from the application's own tables, filtered by the case's program and coordinator. */
@Repository
class MeasuresRepository {

    record Stay(
            LocalDate dischargedOn,
            String contactOutcome,
            Instant contactDoneAt,
            LocalDate faceToFaceOn,
            Instant medicationReconciledAt) {}

    record SentReferral(Instant createdAt, String status, String statusReason, Instant closedAt) {}

    record Contact(long caseId, Instant contactedAt, int minutesSpent, boolean reached) {}

    record Discharge(String reason, Instant closedAt) {}

    record CaseFacts(long caseId, String program, String coordinator, String riskTier) {}

    record Tier(long caseId, String riskTier, Instant completedAt) {}

    private final JdbcTemplate jdbc;

    MeasuresRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Stay> stays(LocalDate from, LocalDate until, MeasuresRequest filter) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(until)));
        return jdbc.query(
                """
                select s.discharged_on, s.contact_outcome, s.contact_done_at, s.face_to_face_on, s.medication_reconciled_at
                from hospital_stay s join care_case c on c.id = s.case_id
                where s.discharged_on >= ? and s.discharged_on < ?""" + filters(filter, args),
                (rs, i) -> new Stay(
                        rs.getDate("discharged_on").toLocalDate(),
                        rs.getString("contact_outcome"),
                        instant(rs, "contact_done_at"),
                        rs.getDate("face_to_face_on") == null
                                ? null
                                : rs.getDate("face_to_face_on").toLocalDate(),
                        instant(rs, "medication_reconciled_at")),
                args.toArray());
    }

    /**
     * Referrals opened in the range that went to a provider: sent now, or sent before (a later attempt, an answer).
     * closedAt: when it reached its final status (completed, failed, cancelled), from its status history.
     */
    List<SentReferral> sentReferrals(Instant from, Instant until, MeasuresRequest filter) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(until)));
        return jdbc.query(
                """
                select r.created_at, r.status, r.status_reason,
                    case when r.status in ('completed', 'failed', 'cancelled') then
                        (select max(h.at) from referral_status_history h where h.referral_id = r.id and h.status = r.status)
                    end as closed_at
                from referral r join care_case c on c.id = r.case_id
                where r.created_at >= ? and r.created_at < ?
                  and (r.sent_at is not null or r.attempt > 1 or r.status not in ('requested', 'cancelled'))""" + filters(filter, args),
                (rs, i) -> new SentReferral(
                        instant(rs, "created_at"),
                        rs.getString("status"),
                        rs.getString("status_reason"),
                        instant(rs, "closed_at")),
                args.toArray());
    }

    List<Contact> contacts(Instant from, Instant until, MeasuresRequest filter) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(until)));
        return jdbc.query(
                """
                select k.case_id, k.contacted_at, k.minutes_spent, k.reached
                from contact k join care_case c on c.id = k.case_id
                where k.contacted_at >= ? and k.contacted_at < ?""" + filters(filter, args),
                (rs, i) -> new Contact(
                        rs.getLong("case_id"),
                        instant(rs, "contacted_at"),
                        rs.getInt("minutes_spent"),
                        rs.getBoolean("reached")),
                args.toArray());
    }

    /** Closed episodes with a discharge summary; closed at the case's closing (the summary's time if not closed). */
    List<Discharge> discharges(Instant from, Instant until, MeasuresRequest filter) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(until)));
        return jdbc.query(
                """
                select d.reason, coalesce(c.closed_at, d.prepared_at) as closed_at
                from discharge_summary d join care_case c on c.id = d.case_id
                where coalesce(c.closed_at, d.prepared_at) >= ? and coalesce(c.closed_at, d.prepared_at) < ?""" + filters(filter, args),
                (rs, i) -> new Discharge(rs.getString("reason"), instant(rs, "closed_at")),
                args.toArray());
    }

    /** Open cases per coordinator at {@code moment}: opened before it, and not closed (or closed after it). */
    Map<String, Long> openCasesAt(Instant moment, MeasuresRequest filter) {
        Timestamp at = Timestamp.from(moment);
        List<Object> args = new ArrayList<>(List.of(at, at));
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
                """
                select c.coordinator_id, count(*) as cases from care_case c
                where c.coordinator_id is not null and c.opened_at < ?
                  and ((c.closed_at is null and c.status in ('planned', 'active')) or c.closed_at >= ?)""" + filters(filter, args) + " group by c.coordinator_id",
                (ResultSet rs) -> {
                    counts.put(rs.getString("coordinator_id"), rs.getLong("cases"));
                },
                args.toArray());
        return counts;
    }

    /** Program, coordinator and current risk tier of the cases with these case numbers, by case number. */
    Map<String, CaseFacts> casesByNumber(Collection<String> caseNumbers) {
        Map<String, CaseFacts> cases = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(caseNumbers))) {
            jdbc.query(
                    "select id, case_number, program, coordinator_id, risk_tier from care_case where case_number in ("
                            + placeholders(chunk.size()) + ")",
                    (ResultSet rs) -> {
                        cases.put(
                                rs.getString("case_number"),
                                new CaseFacts(
                                        rs.getLong("id"),
                                        rs.getString("program"),
                                        rs.getString("coordinator_id"),
                                        rs.getString("risk_tier")));
                    },
                    chunk.toArray());
        }
        return cases;
    }

    /** Every completed assessment's risk tier of these cases, oldest first. */
    List<Tier> tiers(Collection<Long> caseIds) {
        List<Tier> tiers = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(caseIds))) {
            tiers.addAll(jdbc.query(
                    "select case_id, risk_tier, completed_at from assessment where completed_at is not null"
                            + " and risk_tier is not null and case_id in (" + placeholders(chunk.size())
                            + ") order by completed_at",
                    (rs, i) -> new Tier(rs.getLong("case_id"), rs.getString("risk_tier"), instant(rs, "completed_at")),
                    chunk.toArray()));
        }
        return tiers;
    }

    private static String filters(MeasuresRequest filter, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (filter.program() != null) {
            sql.append(" and c.program = ?");
            args.add(filter.program());
        }
        if (filter.coordinator() != null) {
            sql.append(" and c.coordinator_id = ?");
            args.add(filter.coordinator());
        }
        return sql.toString();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
