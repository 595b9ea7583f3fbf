package org.carecoord.referral;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The providers a referral can go to. */
@Repository
class ProviderDirectory {

    private static final RowMapper<Provider> PROVIDER = (rs, row) -> new Provider(rs.getLong("id"),
            rs.getString("name"), codes(rs.getString("service_types")), rs.getString("email"), rs.getString("phone"),
            codes(rs.getString("languages")), rs.getBoolean("accepts_new_clients"));

    private final JdbcTemplate jdbc;

    ProviderDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Providers of the service: accepting new clients first, then speaking the language, then by name. */
    List<Provider> suggest(String serviceType, String language) {
        return jdbc.query("select * from provider order by name", PROVIDER).stream()
                .filter(provider -> provider.serviceTypes().contains(serviceType))
                .sorted(Comparator.comparing((Provider provider) -> !provider.acceptsNewClients())
                        .thenComparing(provider -> !provider.languages().contains(language)))
                .toList();
    }

    Optional<Provider> find(long id) {
        return jdbc.query("select * from provider where id = ?", PROVIDER, id).stream().findFirst();
    }

    private static List<String> codes(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }
}
