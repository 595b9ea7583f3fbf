package org.carecoord.intake;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private final JdbcTemplate jdbc;

    ConsentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent consent, Instant recordedAt) {
        jdbc.update("""
                insert into consent (case_id, decision, share_with_providers, contact_preference, contact_times,
                                     given_by, given_by_name, method, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                consent.caseId(), consent.decision(), consent.shareWithProviders(), consent.contactPreference(),
                consent.contactTimes(), consent.givenBy(), consent.givenByName(), consent.method(),
                consent.recordedBy(), Timestamp.from(recordedAt));
    }

}
