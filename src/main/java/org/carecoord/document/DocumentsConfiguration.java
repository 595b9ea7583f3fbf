package org.carecoord.document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Where documents are kept and how large they may be. {@code carecoord.documents.store}: {@code database} (the
 * default) or {@code filesystem} with {@code carecoord.documents.directory}; documents already stored stay where
 * they are, so a store can be changed later. The servlet's multipart limits follow the document size (the only
 * endpoint that takes uploads), and an upload is held in memory, never written to a temporary file.
 */
@Configuration
class DocumentsConfiguration {

    @Bean
    DocumentLimits documentLimits(@Value("${carecoord.documents.max-bytes:10MB}") DataSize maxBytes) {
        if (maxBytes.toBytes() <= 0 || maxBytes.toBytes() > Integer.MAX_VALUE - DocumentLimits.FRAMING_BYTES) {
            throw new IllegalStateException("carecoord.documents.max-bytes must be between 1 byte and 2 GB");
        }
        return new DocumentLimits(maxBytes.toBytes());
    }

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentLimits limits) {
        long request = limits.maxRequestBytes();
        // no per-file limit here: a file just over max-bytes is answered 413 naming the field (DocumentController)
        return new MultipartConfigElement("", -1, request, (int) request);
    }

    @Bean
    DocumentStores documentStores(
            JdbcTemplate jdbc,
            @Value("${carecoord.documents.store:database}") String store,
            @Value("${carecoord.documents.directory:}") String directory) {
        Map<String, DocumentStore> stores = new HashMap<>();
        DocumentStore database = new DatabaseDocumentStore(jdbc);
        stores.put(database.name(), database);
        if (!directory.isBlank()) {
            DocumentStore files = new FilesystemDocumentStore(Path.of(directory));
            stores.put(files.name(), files);
        }
        DocumentStore current = stores.get(store);
        if (current == null) {
            throw new IllegalStateException(
                    FilesystemDocumentStore.NAME.equals(store)
                            ? "carecoord.documents.store=filesystem needs carecoord.documents.directory"
                            : "carecoord.documents.store must be database or filesystem");
        }
        return new DocumentStores(current, stores);
    }
}
