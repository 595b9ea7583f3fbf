package org.carecoord.forms;

/** One refused form field: its key (dotted into groups, indexed into lists) and why, never the value sent. */
public record FieldError(String field, String message) {}
