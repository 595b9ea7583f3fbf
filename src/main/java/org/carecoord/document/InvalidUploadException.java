package org.carecoord.document;

import java.util.List;

import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.springframework.http.HttpStatus;

/** An upload refused before anything was stored: 400 (a field), 413 (too large) or 415 (not a PDF or image). */
class InvalidUploadException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<FieldError> errors;

    InvalidUploadException(HttpStatus status, List<FieldError> errors) {
        super("upload refused: " + errors.stream().map(FieldError::field).toList());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    HttpStatus status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
