package org.carecoord.document;

import org.springframework.jdbc.core.JdbcTemplate;

/** Documents' bytes in {@code case_document_content} (bytea): committed or rolled back with their row. */
final class DatabaseDocumentStore implements DocumentStore {

    static final String NAME = "database";

    private final JdbcTemplate jdbc;

    DatabaseDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(long documentId, byte[] content) {
        jdbc.update("insert into case_document_content (document_id, content) values (?, ?)", documentId, content);
    }

    @Override
    public byte[] get(long documentId) {
        return jdbc.queryForObject(
                "select content from case_document_content where document_id = ?",
                (row, i) -> row.getBytes(1),
                documentId);
    }
}
