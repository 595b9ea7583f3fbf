package org.carecoord.migration;

import org.springframework.http.HttpStatus;

/** A migration request that cannot be carried out as asked: the status, the field at fault (or none), and why. */
class MigrationRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    MigrationRefusedException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
