package org.carecoord.notification;

import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether and where a case's patient may be mailed: only with an e-mail address on record and the latest consent
 * given with e-mail as the way to be contacted. Also the names the patient mails use.
 */
@Component
public class PatientContact {

    /** Where and how to address the patient. */
    public record MailablePatient(String email, String firstName) {}

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final String contactPhone;

    PatientContact(
            JdbcTemplate jdbc,
            IdentityService identity,
            @Value("${carecoord.referral.contact-phone:+1 555 0100}") String contactPhone) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.contactPhone = contactPhone;
    }

    /** The patient of the case, if they have an e-mail address and consented to be contacted by e-mail. */
    public Optional<MailablePatient> byEmail(long caseId) {
        return jdbc
                .query(
                        """
                select p.email, p.first_name,
                       (select k.decision || ':' || coalesce(k.contact_preference, '') from consent k
                        where k.case_id = c.id order by k.recorded_at desc, k.id desc limit 1) as consent
                from care_case c join patient p on p.id = c.patient_id where c.id = ?""",
                        (rs, row) -> "given:email".equals(rs.getString("consent"))
                                        && rs.getString("email") != null
                                        && !rs.getString("email").isBlank()
                                ? new MailablePatient(rs.getString("email").strip(), rs.getString("first_name"))
                                : null,
                        caseId)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** A coordinator's name as the patient knows it, or "your care coordinator". */
    public String coordinatorName(String userId) {
        var user = userId == null
                ? null
                : identity.createUserQuery().userId(userId).singleResult();
        return user == null ? "your care coordinator" : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    /** The care team's phone number for patients and providers. */
    public String contactPhone() {
        return contactPhone;
    }
}
