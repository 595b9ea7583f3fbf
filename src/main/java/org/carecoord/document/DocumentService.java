package org.carecoord.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.carecoord.cases.CareCaseService;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents on a case: an upload is checked by its content, then its row and its bytes are kept in one transaction
 * (a failure keeps neither); a download checks the bytes against the SHA-256 taken at upload.
 */
@Service
class DocumentService {

    /** A checked upload, ready to keep. */
    record Upload(long caseId, DocumentKind kind, String title, String fileName, byte[] content) {}

    record Content(CaseDocument document, byte[] bytes) {}

    private final DocumentRepository documents;
    private final DocumentStores stores;
    private final CareCaseService cases;
    private final Clock clock;

    DocumentService(DocumentRepository documents, DocumentStores stores, CareCaseService cases, Clock clock) {
        this.documents = documents;
        this.stores = stores;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    CaseDocument upload(Upload upload, String userId) {
        cases.requireOpen(upload.caseId());
        DocumentType type = ContentCheck.typeOf(upload.content())
                .orElseThrow(() -> new InvalidUploadException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        List.of(new FieldError("file", "must be a PDF, PNG or JPEG file (told by its content)"))));
        DocumentStore store = stores.current();
        long id = documents.insert(
                new DocumentRepository.NewDocument(
                        upload.caseId(),
                        upload.kind(),
                        upload.title(),
                        FileNames.sanitise(upload.fileName(), type),
                        type,
                        upload.content().length,
                        sha256(upload.content()),
                        store.name()),
                userId,
                Instant.now(clock));
        store.put(id, upload.content());
        return documents.find(upload.caseId(), id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<CaseDocument> ofCase(long caseId) {
        cases.require(caseId);
        return documents.ofCase(caseId);
    }

    @Transactional(readOnly = true)
    Optional<Content> content(long caseId, long documentId) {
        return documents.find(caseId, documentId).map(document -> {
            byte[] bytes = stores.named(document.storage()).get(document.id());
            if (!sha256(bytes).equals(document.sha256())) {
                throw new IllegalStateException("document " + document.id() + " does not match its SHA-256");
            }
            return new Content(document, bytes);
        });
    }

    /** Withdraws a current document of an open case; empty if there is no such current document. */
    @Transactional
    Optional<CaseDocument> withdraw(long caseId, long documentId, String reason, String userId) {
        cases.requireOpen(caseId);
        if (!documents.withdraw(caseId, documentId, reason, userId, Instant.now(clock))) {
            return Optional.empty();
        }
        return documents.find(caseId, documentId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
