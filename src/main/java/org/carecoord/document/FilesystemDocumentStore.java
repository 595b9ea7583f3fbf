package org.carecoord.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Documents' bytes as files {@code <directory>/<document id>.bin} (the id, never the uploaded name). A file is
 * written completely under a temporary name and then moved into place; if the upload's transaction rolls back, the
 * file is removed again, so no row points to a missing file and no file outlives a failed upload.
 */
final class FilesystemDocumentStore implements DocumentStore {

    static final String NAME = "filesystem";

    private final Path directory;

    FilesystemDocumentStore(Path directory) {
        try {
            this.directory = Files.createDirectories(directory).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("carecoord.documents.directory cannot be created or read", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(long documentId, byte[] content) {
        Path target = fileOf(documentId);
        try {
            Path partial = Files.createTempFile(directory, "upload-", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("a document could not be written to its directory", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException e) {
                            // an unreferenced file is harmless; the next upload with this id overwrites it
                        }
                    }
                }
            });
        }
    }

    @Override
    public byte[] get(long documentId) {
        try {
            return Files.readAllBytes(fileOf(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("a document's file cannot be read", e);
        }
    }

    private Path fileOf(long documentId) {
        return directory.resolve(documentId + ".bin");
    }
}
