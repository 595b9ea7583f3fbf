package org.carecoord.fhir.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** Small conversions from CareCoord's values to FHIR data types (null stays null). */
final class Fhir {

    private Fhir() {}

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static DateTimeType dateTime(Instant instant) {
        return instant == null ? null : new DateTimeType(Date.from(instant));
    }

    static DateType day(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    static Period period(Instant start, Instant end) {
        Period period = new Period();
        period.setStart(date(start));
        period.setEnd(date(end));
        return period;
    }

    static Period period(LocalDate start, LocalDate end) {
        Period period = new Period();
        if (start != null) {
            period.setStartElement(new DateTimeType(start.toString()));
        }
        if (end != null) {
            period.setEndElement(new DateTimeType(end.toString()));
        }
        return period;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }

    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }

    /** A reference to something CareCoord knows only by name (a provider, a payer): display only. */
    static Reference named(String display) {
        return new Reference().setDisplay(display);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
