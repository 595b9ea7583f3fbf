package org.carecoord.transitionalcare;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.transitionalcare.TransitionalCareProcess.Fields;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.carecoord.variables.Var;

/**
 * What each transitional-care form answered, read once from the completed task's process. Each step records its
 * form on the hospital stay, then removes the fields, so the next attempt's form starts empty.
 */
final class TransitionalCareForms {

    private TransitionalCareForms() {}

    /** forms/transitional-care-contact.form: one contact attempt. */
    record ContactForm(boolean reached, String channel, String note) {

        static final List<Var<?>> FIELDS = List.of(Fields.REACHED, Fields.CHANNEL, Fields.NOTE);

        static ContactForm from(VariableScope scope) {
            return new ContactForm(yes(Fields.REACHED, scope), Fields.CHANNEL.get(scope), Fields.NOTE.get(scope));
        }
    }

    /** forms/transitional-care-medication-reconciliation.form. */
    record MedicationReconciliationForm(boolean discrepancies, String note) {

        static final List<Var<?>> FIELDS = List.of(Fields.DISCREPANCIES, Fields.MEDICATION_NOTE);

        static MedicationReconciliationForm from(VariableScope scope) {
            return new MedicationReconciliationForm(
                    yes(Fields.DISCREPANCIES, scope), Fields.MEDICATION_NOTE.get(scope));
        }
    }

    /** forms/transitional-care-face-to-face-visit.form; {@code visitDate} is null when blank or not a date. */
    record FaceToFaceVisitForm(LocalDate visitDate, String clinician, String note) {

        static final List<Var<?>> FIELDS = List.of(Fields.VISIT_DATE, Fields.VISIT_CLINICIAN, Fields.VISIT_NOTE);

        static FaceToFaceVisitForm from(VariableScope scope) {
            return new FaceToFaceVisitForm(
                    Fields.VISIT_DATE.get(scope), Fields.VISIT_CLINICIAN.get(scope), Fields.VISIT_NOTE.get(scope));
        }
    }

    /**
     * forms/transitional-care-overdue.form: a manager's answer to a missed deadline, with the deadline it is about
     * (the step's input parameter).
     */
    record OverdueForm(String missedDeadline, String action) {

        static final List<Var<?>> FIELDS = List.of(Fields.OVERDUE_ACTION);

        static OverdueForm from(VariableScope scope) {
            return new OverdueForm(Vars.MISSED_DEADLINE.get(scope), Fields.OVERDUE_ACTION.get(scope));
        }
    }

    /** The forms' yes/no radios submit the text yes or no. */
    private static boolean yes(Var<String> field, VariableScope scope) {
        return TransitionalCareProcess.YES.equals(field.get(scope));
    }
}
