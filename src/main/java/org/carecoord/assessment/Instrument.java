package org.carecoord.assessment;

import static org.carecoord.assessment.AssessmentProcess.Scores.*;

import java.util.List;
import java.util.Locale;

import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.variables.Var;

/** What is recorded for each instrument: its answers, its score and band, and the flags it raises. */
enum Instrument {
    PHQ9(Fields.PHQ9_ADMINISTERED, Fields.PHQ9_ITEMS, PHQ9_TOTAL, PHQ9_SEVERITY, List.of(PHQ9_SAFETY_CONCERN)),
    GAD7(Fields.GAD7_ADMINISTERED, Fields.GAD7_ITEMS, GAD7_TOTAL, GAD7_SEVERITY, List.of()),
    AHC_HRSN(
            Fields.HRSN_ADMINISTERED,
            Fields.HRSN_ITEMS,
            SDOH_NEED_COUNT,
            null,
            List.of(HOUSING_NEED, FOOD_NEED, TRANSPORTATION_NEED, UTILITY_NEED, SAFETY_NEED)),
    KATZ_ADL(Fields.ADL_ADMINISTERED, Fields.ADL_ITEMS, ADL_INDEPENDENT_COUNT, ADL_FUNCTION, List.of()),
    LACE(Fields.LACE_ADMINISTERED, Fields.LACE_ITEMS, LACE_SCORE, READMISSION_RISK, List.of());

    final Var<Boolean> administeredField;
    final List<? extends Var<?>> itemFields;
    final Var<Integer> scoreVariable;
    final Var<String> bandVariable;
    final List<Var<Boolean>> flagVariables;

    Instrument(
            Var<Boolean> administeredField,
            List<? extends Var<?>> itemFields,
            Var<Integer> scoreVariable,
            Var<String> bandVariable,
            List<Var<Boolean>> flagVariables) {
        this.administeredField = administeredField;
        this.itemFields = itemFields;
        this.scoreVariable = scoreVariable;
        this.bandVariable = bandVariable;
        this.flagVariables = flagVariables;
    }

    /** The code stored with results and used in the "instruments" input of the record steps, e.g. ahc-hrsn. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Instrument fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
