package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class FilesystemDocumentStoreTest {

    @TempDir
    Path directory;

    @Test
    void aDocumentIsKeptUnderItsIdAndReadBack() throws Exception {
        var store = new FilesystemDocumentStore(directory.resolve("documents"));
        byte[] pdf = TestFiles.pdf("letter");
        store.put(7, pdf);
        assertThat(store.get(7)).isEqualTo(pdf);
        try (var files = Files.list(directory.resolve("documents"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("7.bin");
        }
    }

    @Test
    void theFileOfAnUploadWhoseTransactionRollsBackIsRemoved() {
        var store = new FilesystemDocumentStore(directory);
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.put(8, TestFiles.png());
            assertThat(directory.resolve("8.bin")).exists();
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(directory.resolve("8.bin")).doesNotExist();
    }

    @Test
    void theFileOfACommittedUploadStays() {
        var store = new FilesystemDocumentStore(directory);
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.put(9, TestFiles.png());
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(directory.resolve("9.bin")).exists();
    }
}
