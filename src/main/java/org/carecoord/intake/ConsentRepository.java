package org.carecoord.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private final JdbcTemplate jdbc;

    ConsentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent consent, Instant recordedAt) {
        jdbc.update(
                """
                insert into consent (case_id, decision, share_with_providers, contact_preference, contact_times,
                                     given_by, given_by_name, method, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                consent.caseId(),
                consent.decision(),
                consent.shareWithProviders(),
                consent.contactPreference(),
                consent.contactTimes(),
                consent.givenBy(),
                consent.givenByName(),
                consent.method(),
                consent.recordedBy(),
                Timestamp.from(recordedAt));
    }

    /** The case's latest consent as the overview shows it; empty before consent was recorded. */
    Optional<ConsentOverviewPart.LatestConsent> latest(long caseId) {
        return jdbc
                .query(
                        """
                select decision, share_with_providers, contact_preference, contact_times, given_by, method,
                       recorded_at
                from consent where case_id = ? order by recorded_at desc, id desc""",
                        (rs, row) -> new ConsentOverviewPart.LatestConsent(
                                rs.getString("decision"),
                                rs.getBoolean("share_with_providers"),
                                rs.getString("contact_preference"),
                                rs.getString("contact_times"),
                                rs.getString("given_by"),
                                rs.getString("method"),
                                rs.getTimestamp("recorded_at").toInstant()),
                        caseId)
                .stream()
                .findFirst();
    }
}
