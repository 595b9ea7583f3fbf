package org.carecoord.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Referrals, their status history and the use of response links. Every status change appends history. */
@Repository
class ReferralRepository {

    private static final RowMapper<Referral> REFERRAL = (rs, row) -> new Referral(
            rs.getLong("id"),
            rs.getLong("case_id"),
            (Long) rs.getObject("referral_need_id", Long.class),
            rs.getString("service_type"),
            (Long) rs.getObject("provider_id", Long.class),
            rs.getString("status"),
            rs.getString("status_reason"),
            rs.getInt("attempt"),
            toInstant(rs.getTimestamp("sent_at")));

    private final JdbcTemplate jdbc;

    ReferralRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, Long needId, String serviceType, String actor, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into referral (case_id, referral_need_id, service_type, status, attempt, created_at)
                    values (?, ?, ?, ?, 1, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setObject(2, needId);
                    statement.setString(3, serviceType);
                    statement.setString(4, ReferralStatus.REQUESTED.code());
                    statement.setTimestamp(5, Timestamp.from(now));
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        appendHistory(id, ReferralStatus.REQUESTED, null, actor, now);
        return id;
    }

    Optional<Referral> find(long id) {
        return jdbc.query("select * from referral where id = ?", REFERRAL, id).stream()
                .findFirst();
    }

    /** The case's referrals in one of the statuses, oldest first. */
    List<Referral> inStatus(long caseId, List<ReferralStatus> statuses) {
        String in = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        Object[] args = Stream.concat(Stream.of(caseId), statuses.stream().map(ReferralStatus::code))
                .toArray();
        return jdbc.query(
                "select * from referral where case_id = ? and status in (%s) order by id".formatted(in),
                REFERRAL,
                args);
    }

    String caseNumber(long caseId) {
        return jdbc.queryForObject("select case_number from care_case where id = ?", String.class, caseId);
    }

    void markSent(long id, long providerId, Instant now) {
        jdbc.update(
                "update referral set provider_id = ?, sent_at = ? where id = ?", providerId, Timestamp.from(now), id);
    }

    /** Sets the status (and when it was responded to or completed) and appends the change to the history. */
    void changeStatus(long id, ReferralStatus status, String reason, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("update referral set status = ?, status_reason = ? where id = ?", status.code(), reason, id);
        if (status == ReferralStatus.ACCEPTED || status == ReferralStatus.REJECTED) {
            jdbc.update("update referral set responded_at = ? where id = ?", at, id);
        } else if (status == ReferralStatus.COMPLETED || status == ReferralStatus.FAILED) {
            jdbc.update("update referral set completed_at = ? where id = ?", at, id);
        }
        appendHistory(id, status, reason, actor, now);
    }

    /** Another provider: the next attempt starts requested, without provider or dates. */
    void startNewAttempt(long id, String actor, Instant now) {
        jdbc.update("""
                update referral set attempt = attempt + 1, status = ?, status_reason = null, provider_id = null,
                    sent_at = null, responded_at = null, completed_at = null where id = ?""", ReferralStatus.REQUESTED.code(), id);
        appendHistory(id, ReferralStatus.REQUESTED, "new attempt", actor, now);
    }

    void setNeedStatus(Long needId, String status) {
        if (needId != null) {
            jdbc.update("update referral_need set status = ? where id = ?", status, needId);
        }
    }

    boolean linkUsed(long id, int attempt, String purpose) {
        Integer count = jdbc.queryForObject("""
                select count(*) from referral_token_use where referral_id = ? and attempt = ? and action = ?""", Integer.class, id, attempt, purpose);
        return count != null && count > 0;
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the link was used already */
    void useLink(long id, int attempt, String purpose, Instant now) {
        jdbc.update(
                "insert into referral_token_use (referral_id, attempt, action, used_at) values (?, ?, ?, ?)",
                id,
                attempt,
                purpose,
                Timestamp.from(now));
    }

    /** The case's referrals, newest first, each with the provider's name and its whole status history. */
    List<CaseReferral> ofCase(long caseId) {
        var history = new HashMap<Long, List<CaseReferral.StatusChange>>();
        jdbc.query(
                """
                select h.referral_id, h.status, h.reason, h.actor, h.at from referral_status_history h
                join referral r on r.id = h.referral_id where r.case_id = ? order by h.at, h.id""",
                (RowCallbackHandler) rs -> history.computeIfAbsent(rs.getLong("referral_id"), id -> new ArrayList<>())
                        .add(new CaseReferral.StatusChange(
                                rs.getString("status"),
                                rs.getString("reason"),
                                rs.getString("actor"),
                                toInstant(rs.getTimestamp("at")))),
                caseId);
        return jdbc.query(
                """
                select r.id, r.service_type, r.status, r.status_reason, r.attempt, r.sent_at, r.provider_id, p.name
                from referral r left join provider p on p.id = r.provider_id
                where r.case_id = ? order by r.created_at desc, r.id desc""",
                (rs, row) -> new CaseReferral(
                        rs.getLong("id"),
                        rs.getString("service_type"),
                        ReferralService.serviceLabel(rs.getString("service_type")),
                        rs.getString("status"),
                        rs.getString("status_reason"),
                        rs.getInt("attempt"),
                        (Long) rs.getObject("provider_id", Long.class),
                        rs.getString("name"),
                        toInstant(rs.getTimestamp("sent_at")),
                        history.getOrDefault(rs.getLong("id"), List.of())),
                caseId);
    }

    private void appendHistory(long id, ReferralStatus status, String reason, String actor, Instant now) {
        jdbc.update(
                "insert into referral_status_history (referral_id, status, reason, actor, at) values (?, ?, ?, ?, ?)",
                id,
                status.code(),
                reason,
                actor,
                Timestamp.from(now));
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
