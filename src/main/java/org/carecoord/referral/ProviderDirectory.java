package org.carecoord.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The providers a referral can go to. */
@Repository
class ProviderDirectory {

    private static final RowMapper<Provider> PROVIDER = (rs, row) -> new Provider(
            rs.getLong("id"),
            rs.getString("name"),
            codes(rs.getString("service_types")),
            rs.getString("email"),
            rs.getString("phone"),
            codes(rs.getString("languages")),
            rs.getBoolean("accepts_new_clients"),
            rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    ProviderDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active providers of the service: accepting new clients first, then speaking the language, then by name. */
    List<Provider> suggest(String serviceType, String language) {
        return jdbc.query("select * from provider where active = true order by name", PROVIDER).stream()
                .filter(provider -> provider.serviceTypes().contains(serviceType))
                .sorted(Comparator.comparing((Provider provider) -> !provider.acceptsNewClients())
                        .thenComparing(provider -> !provider.languages().contains(language)))
                .toList();
    }

    Optional<Provider> find(long id) {
        return jdbc.query("select * from provider where id = ?", PROVIDER, id).stream()
                .findFirst();
    }

    /** The whole directory by name, deactivated providers included (they stay in referral history). */
    List<Provider> all() {
        return jdbc.query("select * from provider order by name, id", PROVIDER);
    }

    long insert(Provider provider, String actor, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into provider (name, service_types, email, phone, languages, accepts_new_clients, active,
                                          updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setString(1, provider.name());
                    statement.setString(2, String.join(",", provider.serviceTypes()));
                    statement.setString(3, provider.email());
                    statement.setString(4, provider.phone());
                    statement.setString(5, String.join(",", provider.languages()));
                    statement.setBoolean(6, provider.acceptsNewClients());
                    statement.setBoolean(7, provider.active());
                    statement.setTimestamp(8, Timestamp.from(now));
                    statement.setString(9, actor);
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    /** @return false if there is no such provider */
    boolean update(long id, Provider provider, String actor, Instant now) {
        return jdbc.update(
                        """
                update provider set name = ?, service_types = ?, email = ?, phone = ?, languages = ?,
                    accepts_new_clients = ?, active = ?, updated_at = ?, updated_by = ? where id = ?""",
                        provider.name(),
                        String.join(",", provider.serviceTypes()),
                        provider.email(),
                        provider.phone(),
                        String.join(",", provider.languages()),
                        provider.acceptsNewClients(),
                        provider.active(),
                        Timestamp.from(now),
                        actor,
                        id)
                == 1;
    }

    private static List<String> codes(String commaList) {
        return Arrays.stream(commaList.split(","))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
