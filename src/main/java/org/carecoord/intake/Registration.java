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
        variables.put(Vars.CASE_ID.name(), careCase.id());
        variables.put(Vars.CASE_NUMBER.name(), careCase.caseNumber());
        variables.put(Vars.PROGRAM.name(), careCase.program());
        variables.put(Vars.URGENCY.name(), careCase.urgency());
        variables.put(Vars.AGE.name(), Period.between(patient.dateOfBirth(), today).getYears());
        variables.put(Vars.GUARDIAN_NAMED.name(), patient.guardianName() != null && !patient.guardianName().isBlank());
        variables.put(Vars.RECENT_HOSPITAL_STAY.name(),
                CareEpisodeProcess.HOSPITAL_SOURCES.contains(careCase.referralSource()));
        return variables;
    }
}
