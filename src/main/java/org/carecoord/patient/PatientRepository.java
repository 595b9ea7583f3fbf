package org.carecoord.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PatientRepository {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PatientRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Patient> findByMatchKey(String matchKey) {
        return jdbc.query("select * from patient where match_key = ?", PatientRepository::map, matchKey).stream()
                .findFirst();
    }

    /** The patients carrying this medical record number (one, unless two hospitals gave the same number). */
    public List<Patient> findByMrn(String mrn) {
        return jdbc.query("select * from patient where mrn = ? order by id", PatientRepository::map, mrn);
    }

    /**
     * The patient a referral or a hospital message names — the one matching rule for every way a patient comes in:
     * a medical record number that names exactly one patient of the same birth date (the first such of {@code mrns}),
     * else first and last name with birth date (the match key); empty when neither finds one. Without a birth date
     * nothing matches; without both names only a number can.
     */
    public Optional<Patient> findMatching(List<String> mrns, String firstName, String lastName, LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        for (String mrn : mrns) {
            List<Patient> sameBirthDate = findByMrn(mrn).stream()
                    .filter(patient -> dateOfBirth.equals(patient.dateOfBirth()))
                    .toList();
            if (sameBirthDate.size() == 1) {
                return Optional.of(sameBirthDate.get(0));
            }
        }
        if (firstName == null || lastName == null) {
            return Optional.empty();
        }
        Patient byName = new Patient(null, firstName, lastName, dateOfBirth, null, null, null, null, null, null, null);
        return findByMatchKey(byName.matchKey());
    }

    /** Records the medical record number of a patient matched by name and birth date who had none yet. */
    public void recordMrnIfMissing(long id, String mrn) {
        jdbc.update(
                "update patient set mrn = ?, updated_at = ? where id = ? and mrn is null",
                mrn,
                Timestamp.from(Instant.now(clock)),
                id);
    }

    public Optional<Patient> findById(long id) {
        return jdbc.query("select * from patient where id = ?", PatientRepository::map, id).stream()
                .findFirst();
    }

    /** Inserts a new patient; a concurrent insert of the same person fails on the unique match key. */
    public Patient insert(Patient patient) {
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into patient (match_key, first_name, last_name, date_of_birth, sex, phone, email, address,
                                         preferred_language, guardian_name, mrn, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setString(1, patient.matchKey());
                    ps.setString(2, patient.firstName().trim());
                    ps.setString(3, patient.lastName().trim());
                    ps.setObject(4, patient.dateOfBirth());
                    ps.setString(5, patient.sex());
                    ps.setString(6, patient.phone());
                    ps.setString(7, patient.email());
                    ps.setString(8, patient.address());
                    ps.setString(9, patient.preferredLanguage());
                    ps.setString(10, patient.guardianName());
                    ps.setString(11, patient.mrn());
                    ps.setTimestamp(12, now);
                    ps.setTimestamp(13, now);
                    return ps;
                },
                keys);
        return patient.withId(keys.getKey().longValue());
    }

    private static Patient map(ResultSet rs, int row) throws SQLException {
        return new Patient(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("sex"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("preferred_language"),
                rs.getString("guardian_name"),
                rs.getString("mrn"));
    }
}
