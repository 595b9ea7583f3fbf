package org.carecoord.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** Searches every text and binary column of every engine table (ACT_*) of the IT database for given values. */
public final class EngineTables {

    private final JdbcTemplate jdbc;

    public EngineTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** "table.column contains 'value'" for each hit; empty if none of the values is stored anywhere. */
    public List<String> find(List<String> values) {
        var columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name like 'act\\_%'
                  and data_type in ('character varying', 'text', 'character', 'bytea')
                order by table_name, column_name""");
        List<String> hits = new ArrayList<>();
        for (var column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String text = "bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')" : name;
            for (String value : values) {
                Integer count = jdbc.queryForObject(
                        "select count(*) from " + table + " where strpos(lower(" + text + "), lower(?)) > 0",
                        Integer.class,
                        value);
                if (count != null && count > 0) {
                    hits.add(table + "." + name + " contains '" + value + "'");
                }
            }
        }
        return hits;
    }

    public static String describe(List<String> hits) {
        return hits.stream().collect(Collectors.joining("\n"));
    }
}
