package org.carecoord.careplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The catalogue of education materials, and what was taught to whom with which materials. */
@Repository
class EducationRepository {

    private final JdbcTemplate jdbc;

    EducationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The materials on the given topics in the given languages, in topic order of the catalogue. */
    List<EducationMaterial> materials(List<String> topics, List<String> languages) {
        if (topics.isEmpty() || languages.isEmpty()) {
            return List.of();
        }
        String sql = """
                select * from education_material where topic in (%s) and language in (%s)
                order by topic, code""".formatted(placeholders(topics.size()), placeholders(languages.size()));
        Object[] args = Stream.concat(topics.stream(), languages.stream()).toArray();
        return jdbc.query(
                sql,
                (rs, row) -> new EducationMaterial(
                        rs.getString("code"),
                        rs.getString("topic"),
                        rs.getString("title"),
                        rs.getString("language"),
                        rs.getString("summary")),
                args);
    }

    /** The language the patient of the plan's case prefers (e.g. "en", "es"). */
    String preferredLanguage(long planId) {
        return jdbc.queryForObject("""
                select p.preferred_language from care_plan cp
                join care_case c on c.id = cp.case_id join patient p on p.id = c.patient_id
                where cp.id = ?""", String.class, planId);
    }

    long record(
            long planId,
            List<String> topicsCovered,
            boolean teachBackConfirmed,
            List<String> materialCodes,
            String userId,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into education_record (care_plan_id, topics_covered, teach_back_confirmed, recorded_by,
                                                  recorded_at)
                    values (?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, planId);
                    ps.setString(2, CarePlanRepository.join(topicsCovered));
                    ps.setBoolean(3, teachBackConfirmed);
                    ps.setString(4, userId);
                    ps.setTimestamp(5, Timestamp.from(now));
                    return ps;
                },
                keys);
        long recordId = keys.getKey().longValue();
        for (String material : materialCodes) {
            jdbc.update(
                    "insert into education_record_material (education_record_id, material_code) values (?, ?)",
                    recordId,
                    material);
        }
        return recordId;
    }

    List<CarePlanDetails.EducationView> ofPlan(long planId) {
        return jdbc.query(
                "select * from education_record where care_plan_id = ? order by id",
                (rs, row) -> new CarePlanDetails.EducationView(
                        CarePlanRepository.split(rs.getString("topics_covered")),
                        rs.getBoolean("teach_back_confirmed"),
                        materialsOf(rs.getLong("id")),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()),
                planId);
    }

    /** The materials given in one education session, in catalogue order. */
    List<EducationMaterial> materialsOfRecord(long recordId) {
        return jdbc.query(
                """
                select m.* from education_record_material r join education_material m on m.code = r.material_code
                where r.education_record_id = ? order by m.topic, m.code""",
                (rs, row) -> new EducationMaterial(
                        rs.getString("code"),
                        rs.getString("topic"),
                        rs.getString("title"),
                        rs.getString("language"),
                        rs.getString("summary")),
                recordId);
    }

    private List<String> materialsOf(long recordId) {
        return jdbc.queryForList("""
                select material_code from education_record_material where education_record_id = ?
                order by material_code""", String.class, recordId);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
