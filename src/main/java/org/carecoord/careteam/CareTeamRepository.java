package org.carecoord.careteam;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CareTeamRepository {

    private static final String SELECT = "select * from care_team_member";

    private final JdbcTemplate jdbc;

    CareTeamRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active members first, each group in the order they joined. */
    List<CareTeamMember> ofCase(long caseId) {
        return jdbc.query(
                SELECT + " where case_id = ? order by case when status = 'active' then 0 else 1 end, period_start, id",
                CareTeamRepository::map,
                caseId);
    }

    Optional<CareTeamMember> find(long caseId, long memberId) {
        return jdbc.query(SELECT + " where case_id = ? and id = ?", CareTeamRepository::map, caseId, memberId).stream()
                .findFirst();
    }

    long insert(long caseId, MemberDetails m, Long providerId, LocalDate start, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                            insert into care_team_member (case_id, role, member_name, organisation, phone, email,
                                takes_part_in_planning, sharing_consented, provider_id, period_start, status,
                                created_by, created_at, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setString(2, m.role());
                    statement.setString(3, m.name());
                    statement.setString(4, m.organisation());
                    statement.setString(5, m.phone());
                    statement.setString(6, m.email());
                    statement.setBoolean(7, m.takesPartInPlanning());
                    statement.setBoolean(8, m.sharingConsented());
                    statement.setObject(9, providerId);
                    statement.setDate(10, Date.valueOf(start));
                    statement.setString(11, user);
                    statement.setTimestamp(12, Timestamp.from(now));
                    statement.setString(13, user);
                    statement.setTimestamp(14, Timestamp.from(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    void update(long caseId, long memberId, MemberDetails m, LocalDate start, String user, Instant now) {
        jdbc.update(
                """
                update care_team_member set role = ?, member_name = ?, organisation = ?, phone = ?, email = ?,
                    takes_part_in_planning = ?, sharing_consented = ?, period_start = ?, updated_by = ?, updated_at = ?
                where case_id = ? and id = ?""",
                m.role(),
                m.name(),
                m.organisation(),
                m.phone(),
                m.email(),
                m.takesPartInPlanning(),
                m.sharingConsented(),
                Date.valueOf(start),
                user,
                Timestamp.from(now),
                caseId,
                memberId);
    }

    void deactivate(long caseId, long memberId, LocalDate end, String user, Instant now) {
        jdbc.update("""
                update care_team_member set status = 'inactive', period_end = ?, updated_by = ?, updated_at = ?
                where case_id = ? and id = ? and status = 'active'""", Date.valueOf(end), user, Timestamp.from(now), caseId, memberId);
    }

    /** Providers of the case's accepted (or later) referrals who are not an active member yet. */
    List<CareTeam.Suggestion> suggestions(long caseId) {
        return jdbc.query(
                """
                select p.id, p.name, p.phone, p.email, min(r.service_type) as service_type
                from referral r join provider p on p.id = r.provider_id
                where r.case_id = ? and r.status in ('accepted', 'in-progress', 'completed')
                  and not exists (select 1 from care_team_member m
                                  where m.case_id = r.case_id and m.provider_id = p.id and m.status = 'active')
                group by p.id, p.name, p.phone, p.email
                order by p.name""",
                (rs, row) -> new CareTeam.Suggestion(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("service_type")),
                caseId);
    }

    private static CareTeamMember map(ResultSet rs, int row) throws SQLException {
        long providerId = rs.getLong("provider_id");
        Long provider = rs.wasNull() ? null : providerId;
        Date end = rs.getDate("period_end");
        return new CareTeamMember(
                rs.getLong("id"),
                rs.getString("role"),
                CareTeamRole.labelOf(rs.getString("role")),
                rs.getString("member_name"),
                rs.getString("organisation"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("takes_part_in_planning"),
                rs.getBoolean("sharing_consented"),
                provider,
                rs.getDate("period_start").toLocalDate(),
                end == null ? null : end.toLocalDate(),
                rs.getString("status"),
                false,
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
