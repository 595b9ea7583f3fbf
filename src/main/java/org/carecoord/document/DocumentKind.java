package org.carecoord.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a document on a case is (FHIR DocumentReference.type): one list, served to the Case tab with its labels. */
enum DocumentKind {
    DISCHARGE_LETTER("Discharge letter"),
    REFERRAL_LETTER("Referral letter"),
    CONSENT_FORM("Consent form"),
    INSURANCE_CARD("Insurance card"),
    CARE_PLAN_PRINTOUT("Care plan printout"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label() {
        return label;
    }

    static Optional<DocumentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
