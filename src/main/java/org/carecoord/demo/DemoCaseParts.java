package org.carecoord.demo;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the features' own demo parts (care team, appointments, documents, insurance …): each adds its records to the
 * same demo case, the one DemoData leaves between outreach contacts, once (all or nothing, under its own marker in
 * {@code demo_data_load}), and not before DemoData has loaded that case.
 */
@Component
public class DemoCaseParts {

    /** The demo case a part is added to, and its coordinator (who the part's records are by). */
    public record DemoCase(long id, String coordinator) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoCaseParts(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Loads the part under {@code marker} on the case between outreach contacts, in one transaction, unless it was
     * loaded before or the case is not there yet (then it is tried again at the next start).
     *
     * @return whether the part was loaded now
     */
    public boolean loadOnce(String marker, Consumer<DemoCase> part) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (jdbc.queryForObject("select count(*) from demo_data_load where name = ?", Integer.class, marker) > 0) {
                return false;
            }
            var found = jdbc.query(
                    """
                    select c.id, c.coordinator_id from care_case c join patient p on p.id = c.patient_id
                    where p.first_name = ? and p.last_name = ? and p.date_of_birth = ? and c.status in ('planned', 'active')
                    order by c.id""",
                    (row, i) -> new DemoCase(row.getLong(1), row.getString(2)),
                    DemoData.BETWEEN_CONTACTS_FIRST_NAME,
                    DemoData.BETWEEN_CONTACTS_LAST_NAME,
                    LocalDate.parse(DemoData.BETWEEN_CONTACTS_BORN));
            if (found.isEmpty()) {
                return false;
            }
            jdbc.update("insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", marker);
            part.accept(found.get(0));
            return true;
        }));
    }
}
