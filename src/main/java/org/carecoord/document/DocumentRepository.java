package org.carecoord.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code case_document} rows; the bytes are the {@link DocumentStore}'s. */
@Repository
class DocumentRepository {

    private static final String COLUMNS = "id, case_id, kind, title, file_name, content_type, size_bytes, sha256, "
            + "status, withdrawn_reason, created_by, created_at, changed_by, changed_at, storage";

    private final JdbcTemplate jdbc;

    DocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewDocument(
            long caseId,
            DocumentKind kind,
            String title,
            String fileName,
            DocumentType type,
            long sizeBytes,
            String sha256,
            String storage) {}

    long insert(NewDocument document, String userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                            insert into case_document (case_id, kind, title, file_name, content_type, size_bytes,
                                                       sha256, storage, status, created_by, created_at, changed_by,
                                                       changed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, new String[] {"id"});
                    statement.setLong(1, document.caseId());
                    statement.setString(2, document.kind().code());
                    statement.setString(3, document.title());
                    statement.setString(4, document.fileName());
                    statement.setString(5, document.type().mediaType());
                    statement.setLong(6, document.sizeBytes());
                    statement.setString(7, document.sha256());
                    statement.setString(8, document.storage());
                    statement.setString(9, CaseDocument.CURRENT);
                    statement.setString(10, userId);
                    statement.setTimestamp(11, Timestamp.from(now));
                    statement.setString(12, userId);
                    statement.setTimestamp(13, Timestamp.from(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    List<CaseDocument> ofCase(long caseId) {
        return jdbc.query(
                "select " + COLUMNS + " from case_document where case_id = ? order by id desc",
                DocumentRepository::map,
                caseId);
    }

    Optional<CaseDocument> find(long caseId, long documentId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from case_document where case_id = ? and id = ?",
                        DocumentRepository::map,
                        caseId,
                        documentId)
                .stream()
                .findFirst();
    }

    /** Withdraws a current document; false if it was withdrawn already (or is not the case's). */
    boolean withdraw(long caseId, long documentId, String reason, String userId, Instant now) {
        return jdbc.update(
                        """
                        update case_document set status = ?, withdrawn_reason = ?, changed_by = ?, changed_at = ?
                        where case_id = ? and id = ? and status = ?
                        """,
                        CaseDocument.WITHDRAWN,
                        reason,
                        userId,
                        Timestamp.from(now),
                        caseId,
                        documentId,
                        CaseDocument.CURRENT)
                == 1;
    }

    private static CaseDocument map(ResultSet row, int index) throws SQLException {
        return new CaseDocument(
                row.getLong("id"),
                row.getLong("case_id"),
                DocumentKind.fromCode(row.getString("kind")).orElseThrow(),
                row.getString("title"),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getString("status"),
                row.getString("withdrawn_reason"),
                row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant(),
                row.getString("storage"));
    }
}
