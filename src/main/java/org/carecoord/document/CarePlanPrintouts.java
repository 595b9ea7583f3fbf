package org.carecoord.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carecoord.careteam.CareTeam;
import org.carecoord.careteam.CareTeamMember;
import org.carecoord.security.EngineAsApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the patient's printed care plan says, read from the plan's own tables: their goals, what will be done and
 * by whom, and who to call. Goals and actions withdrawn from the plan (cancelled, entered in error) are left out.
 */
@Component
class CarePlanPrintouts {

    record GoalLine(String description, String measure, LocalDate targetDate) {}

    record ActionLine(String action, String responsible, LocalDate dueDate) {}

    /** A care-team member the patient may call: name, organisation, phone. */
    record TeamLine(String name, String organisation, String phone) {}

    record Printout(
            String patientName,
            String preferredLanguage,
            int version,
            String status,
            LocalDate createdOn,
            List<GoalLine> goals,
            List<ActionLine> actions,
            String coordinatorName,
            String contactPhone,
            List<TeamLine> team) {}

    private static final String LEFT_OUT = "('cancelled', 'entered-in-error', 'rejected', 'stopped')";

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final CareTeam careTeam;
    private final String contactPhone;

    CarePlanPrintouts(
            JdbcTemplate jdbc,
            IdentityService identity,
            CareTeam careTeam,
            @Value("${carecoord.referral.contact-phone:+1 555 0100}") String contactPhone) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.careTeam = careTeam;
        this.contactPhone = contactPhone;
    }

    Optional<Integer> latestVersion(long caseId) {
        return Optional.ofNullable(
                jdbc.queryForObject("select max(version) from care_plan where case_id = ?", Integer.class, caseId));
    }

    Optional<Printout> of(long caseId, int version) {
        record Plan(long id, String status, LocalDate createdOn, String patient, String language, String coordinator) {}
        var plan = jdbc
                .query(
                        """
                        select cp.id, cp.status, cp.created_at, p.first_name, p.last_name, p.preferred_language,
                               c.coordinator_id
                        from care_plan cp
                        join care_case c on c.id = cp.case_id
                        join patient p on p.id = c.patient_id
                        where cp.case_id = ? and cp.version = ?
                        """,
                        (row, i) -> new Plan(
                                row.getLong("id"),
                                row.getString("status"),
                                row.getTimestamp("created_at").toLocalDateTime().toLocalDate(),
                                row.getString("first_name") + " " + row.getString("last_name"),
                                row.getString("preferred_language"),
                                row.getString("coordinator_id")),
                        caseId,
                        version)
                .stream()
                .findFirst();
        return plan.map(p -> new Printout(
                p.patient(),
                p.language(),
                version,
                p.status(),
                p.createdOn(),
                jdbc.query(
                        "select description, measure, target_date from care_plan_goal where care_plan_id = ?"
                                + " and lifecycle_status not in " + LEFT_OUT + " order by sort_order",
                        (row, i) -> new GoalLine(
                                row.getString("description"),
                                row.getString("measure"),
                                row.getObject("target_date", LocalDate.class)),
                        p.id()),
                jdbc.query(
                        "select action, responsible, due_date from care_plan_intervention where care_plan_id = ?"
                                + " and status not in " + LEFT_OUT + " order by sort_order",
                        (row, i) -> new ActionLine(
                                row.getString("action"),
                                row.getString("responsible"),
                                row.getObject("due_date", LocalDate.class)),
                        p.id()),
                nameOf(p.coordinator()),
                contactPhone,
                teamToCall(caseId)));
    }

    /** The active members of the care team with a phone (the coordinator is printed on their own line). */
    private List<TeamLine> teamToCall(long caseId) {
        return careTeam.of(caseId).stream()
                .filter(m -> !m.derived() && CareTeamMember.ACTIVE.equals(m.status()) && m.phone() != null)
                .map(m -> new TeamLine(m.name(), m.organisation(), m.phone()))
                .toList();
    }

    private String nameOf(String userId) {
        if (userId == null) {
            return null;
        }
        User user = EngineAsApplication.call(
                identity, () -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? userId : name;
    }
}
