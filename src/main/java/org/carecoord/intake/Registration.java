package org.carecoord.intake;

import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.patient.Patient;

/** A referral registered as a planned episode, and the routing facts the episode process starts with. */
record Registration(CareCase careCase, Patient patient) {

    VariableMap processVariables(LocalDate today) {
        VariableMap variables = Vars.CASE_ID.with(careCase.id());
        Vars.CASE_NUMBER.put(variables, careCase.caseNumber());
        Vars.PROGRAM.put(variables, careCase.program());
        Vars.URGENCY.put(variables, careCase.urgency());
        Vars.AGE.put(variables, Period.between(patient.dateOfBirth(), today).getYears());
        Vars.GUARDIAN_NAMED.put(
                variables,
                patient.guardianName() != null && !patient.guardianName().isBlank());
        boolean fromHospital = CareEpisodeProcess.HOSPITAL_SOURCES.contains(careCase.referralSource());
        Vars.RECENT_HOSPITAL_STAY.put(variables, fromHospital);
        return variables;
    }
}
