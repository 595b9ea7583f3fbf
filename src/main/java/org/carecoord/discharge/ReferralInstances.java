package org.carecoord.discharge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carecoord.appointment.AppointmentProcess;
import org.carecoord.benefits.BenefitsProcess;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.referral.ReferralProcess;
import org.springframework.stereotype.Component;

/**
 * Ends the case's processes that were started on their own beside the episode (root instances with the case number
 * as business key): ad-hoc referrals, appointments (no reminder or attendance question after discharge), case
 * conferences and benefit problems. Those the episode called end with the episode; the discharge and its callers are
 * never touched.
 */
@Component
class ReferralInstances {

    private final RuntimeService runtime;

    ReferralInstances(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @return the ids of the process instances ended */
    List<String> endAdHocReferrals(DelegateExecution discharge) {
        if (discharge.getProcessBusinessKey() == null) {
            return List.of();
        }
        Set<String> spared = lineageOf(discharge);
        List<String> ended = runtime
                .createProcessInstanceQuery()
                .processDefinitionKeyIn(
                        ReferralProcess.KEY, AppointmentProcess.KEY, CaseConferenceProcess.KEY, BenefitsProcess.KEY)
                .processInstanceBusinessKey(discharge.getProcessBusinessKey())
                .rootProcessInstances()
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .filter(id -> !spared.contains(id))
                .toList();
        ended.forEach(id -> runtime.deleteProcessInstance(id, DischargeProcess.PATIENT_DISCHARGED));
        return ended;
    }

    /** The discharge instance and every instance above it in the call hierarchy. */
    private static Set<String> lineageOf(DelegateExecution execution) {
        Set<String> lineage = new HashSet<>();
        for (DelegateExecution current = execution;
                current != null;
                current = current.getProcessInstance().getSuperExecution()) {
            lineage.add(current.getProcessInstanceId());
        }
        return lineage;
    }
}
