package org.carecoord.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.patient.Patient;

/** A referral registered as a planned episode, and the routing facts the episode process starts with. */
record Registration(CareCase careCase, Patient patient) {

    Map<String, Object> processVariables(LocalDate today) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_ID, careCase.id());
        variables.put(Vars.CASE_NUMBER, careCase.caseNumber());
        variables.put(Vars.PROGRAM, careCase.program());
        variables.put(Vars.URGENCY, careCase.urgency());
        variables.put(Vars.AGE, Period.between(patient.dateOfBirth(), today).getYears());
        variables.put(Vars.GUARDIAN_NAMED, patient.guardianName() != null && !patient.guardianName().isBlank());
        variables.put(Vars.RECENT_HOSPITAL_STAY,
                CareEpisodeProcess.HOSPITAL_SOURCES.contains(careCase.referralSource()));
        return variables;
    }
}
