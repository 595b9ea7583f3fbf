package org.carecoord.fhir.intake;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One thing wrong with a referral Bundle: an OperationOutcome issue's code, the FHIR element it is about (a FHIRPath
 * such as {@code Bundle.entry[0].resource.birthDate}, or null when no element can be named) and what is wrong. The
 * text never repeats a submitted value.
 */
record Problem(IssueType code, String expression, String diagnostics) {

    static Problem structure(String expression, String diagnostics) {
        return new Problem(IssueType.STRUCTURE, expression, diagnostics);
    }

    static Problem required(String expression, String diagnostics) {
        return new Problem(IssueType.REQUIRED, expression, diagnostics);
    }

    static Problem value(String expression, String diagnostics) {
        return new Problem(IssueType.VALUE, expression, diagnostics);
    }
}
