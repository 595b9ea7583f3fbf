package org.carecoord.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.cases.CareCaseService;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.carecoord.web.PlainText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents on a case: upload (multipart: {@code file}, {@code kind}, optional {@code title}), list, download,
 * withdraw. Access and its audit are CaseAccessInterceptor's (reviewers read, never change); writes need an open case.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/documents")
class DocumentController {

    record Withdrawal(
            @NotBlank @Size(max = 500) @PlainText(multiline = true)
            String reason) {}

    private final DocumentService documents;
    private final DocumentAudit audit;
    private final CareCaseService cases;
    private final long maxBytes;

    DocumentController(DocumentService documents, DocumentAudit audit, CareCaseService cases, DocumentLimits limits) {
        this.documents = documents;
        this.audit = audit;
        this.cases = cases;
        this.maxBytes = limits.maxBytes();
    }

    @GetMapping
    List<CaseDocument> list(@PathVariable long caseId) {
        return documents.ofCase(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Stored")
    @PostMapping
    ResponseEntity<CaseDocument> upload(
            @PathVariable long caseId,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "kind", required = false) String kind,
            @RequestParam(value = "title", required = false) String title,
            Principal user) {
        List<FieldError> errors = new ArrayList<>();
        var documentKind = DocumentKind.fromCode(kind == null ? "" : kind.strip());
        if (documentKind.isEmpty()) {
            errors.add(new FieldError("kind", "must be one of " + kinds()));
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        if (cleanTitle != null && (cleanTitle.length() > 200 || !PlainText.Validator.isPlain(cleanTitle, false))) {
            errors.add(new FieldError("title", "must be plain text of at most 200 characters"));
        }
        if (file == null || file.isEmpty()) {
            errors.add(new FieldError("file", "a PDF, PNG or JPEG file is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidUploadException(HttpStatus.BAD_REQUEST, errors);
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidUploadException(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    List.of(new FieldError("file", "must be at most " + maxBytes + " bytes")));
        }
        CaseDocument stored = documents.upload(
                new DocumentService.Upload(
                        caseId, documentKind.get(), cleanTitle, file.getOriginalFilename(), bytes(file)),
                user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(
            @PathVariable long caseId, @PathVariable long documentId, Authentication user, HttpServletRequest request) {
        var careCase = cases.require(caseId);
        var content = documents.content(caseId, documentId).orElseThrow(DocumentNotFoundException::new);
        audit.downloaded(careCase, documentId, user, request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .contentLength(content.bytes().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.attachment(content.document().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.bytes());
    }

    /** Documents are records: a misfiled one is withdrawn with a reason, kept, and listed as withdrawn. */
    @PostMapping("/{documentId}/withdraw")
    CaseDocument withdraw(
            @PathVariable long caseId,
            @PathVariable long documentId,
            @Valid @RequestBody Withdrawal withdrawal,
            Principal user) {
        return documents
                .withdraw(caseId, documentId, withdrawal.reason().strip(), user.getName())
                .orElseThrow(DocumentNotFoundException::new);
    }

    @ExceptionHandler(InvalidUploadException.class)
    ResponseEntity<ProblemDetail> invalidUpload(InvalidUploadException ex) {
        ProblemDetail problem = ApiExceptionHandler.invalid(ex.errors());
        problem.setStatus(ex.status().value());
        if (ex.status() != HttpStatus.BAD_REQUEST) {
            problem.setTitle(ex.status().getReasonPhrase());
            problem.setDetail("Nothing was stored.");
        }
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "The case has no such document (or it is withdrawn already).");
        problem.setType(URI.create("urn:carecoord:problem:document-not-found"));
        return problem;
    }

    static class DocumentNotFoundException extends RuntimeException {
        DocumentNotFoundException() {
            super("no such document");
        }
    }

    private static List<String> kinds() {
        return java.util.Arrays.stream(DocumentKind.values())
                .map(DocumentKind::code)
                .toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }
}
