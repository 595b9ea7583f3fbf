package org.carecoord.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fails an IT class if, while it ran, any log line carried a patient's details: a value an IT registered in
 * {@link SeededPhi}, or any name, birth date, phone, e-mail, address or free-text note in the database's case record
 * (demo data included). Matched case-sensitively as whole words, so a name inside another word does not count.
 */
public class PhiLogGuard implements AfterAllCallback {

    /** The case record's personal and free-text columns, as text. */
    private static final String PATIENT_VALUES = """
            select first_name from patient union select last_name from patient
            union select cast(date_of_birth as varchar) from patient union select phone from patient
            union select email from patient union select address from patient union select guardian_name from patient
            union select reason_for_referral from care_case union select status_note from care_case
            union select given_by_name from consent union select note from safety_follow_up
            union select barrier_note from care_plan union select note from contact
            union select note from plan_review union select summary_note from discharge_summary
            union select note from transitional_care_step""";

    @Override
    public void afterAll(ExtensionContext context) {
        var lines = LogRecorder.take();
        var jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
        Set<String> values = new HashSet<>(SeededPhi.values());
        values.addAll(jdbc.queryForList(PATIENT_VALUES, String.class).stream()
                .filter(v -> v != null && v.strip().length() >= SeededPhi.MIN_LENGTH)
                .map(String::strip)
                .toList());
        var leaks = leaks(lines, values);
        assertThat(leaks)
                .as("log lines with a patient's details:\n"
                        + leaks.stream().distinct().collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Each line that holds one of the values as a whole word, with the value. */
    static List<String> leaks(List<String> lines, Set<String> values) {
        List<String> leaks = new ArrayList<>();
        for (String value : values) {
            var word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
            lines.stream()
                    .filter(line -> word.matcher(line).find())
                    .forEach(line -> leaks.add("'" + value + "' in: " + line));
        }
        return leaks;
    }
}
