package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CaseClosedException;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals a coordinator asks for at any time on an open case: a referral need (on the case's active plan, if any)
 * and one {@code referral} instance for it, in one transaction.
 */
@Component
class AdHocReferrals implements ReferralRequests {

    /** The need and the process instance that works it. */
    record Requested(long referralNeedId, String processInstanceId) {}

    /** The service code is not one of {@link Service}. */
    static class UnknownServiceException extends RuntimeException {
        UnknownServiceException() {
            super("not a known service type");
        }
    }

    /** The case has an open need for the service already: its referral is running. */
    static class NeedAlreadyOpenException extends RuntimeException {
        final long referralNeedId;

        NeedAlreadyOpenException(long referralNeedId) {
            super("an open referral need for the service exists: " + referralNeedId);
            this.referralNeedId = referralNeedId;
        }
    }

    private final CareCaseService cases;
    private final ReferralNeeds needs;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    AdHocReferrals(
            CareCaseService cases, ReferralNeeds needs, RuntimeService runtime, IdentityService identity, Clock clock) {
        this.cases = cases;
        this.needs = needs;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long request(long caseId, String serviceType, String reason, String actor) {
        try {
            return requestReferral(caseId, serviceType, reason, actor).referralNeedId();
        } catch (NeedAlreadyOpenException alreadyUnderWay) {
            // a step that finds the need again (e.g. the next outreach contact) must not fail: the referral runs
            return alreadyUnderWay.referralNeedId;
        }
    }

    /**
     * @throws org.carecoord.cases.CaseNotFoundException no such case
     * @throws CaseClosedException                       the episode has ended
     * @throws UnknownServiceException                   not a service code
     * @throws NeedAlreadyOpenException                  a referral for the service is open on the case
     */
    @Transactional
    Requested requestReferral(long caseId, String serviceType, String reason, String actor) {
        CareCase careCase = cases.requireOpen(caseId);
        if (serviceType == null || Coded.fromCode(Service.class, serviceType).isEmpty()) {
            throw new UnknownServiceException();
        }
        needs.lockCase(caseId);
        needs.openNeed(caseId, serviceType).ifPresent(open -> {
            throw new NeedAlreadyOpenException(open);
        });
        long needId = needs.insertAdHoc(caseId, serviceType, reason, actor, Instant.now(clock));
        return new Requested(needId, start(careCase, serviceType, needId));
    }

    /** Starts one referral for each open need of the case among the services (a revised plan's new services). */
    @Override
    @Transactional
    public void startForOpenNeeds(long caseId, List<String> serviceTypes) {
        CareCase careCase = cases.requireOpen(caseId);
        for (String serviceType : serviceTypes) {
            needs.openNeed(caseId, serviceType).ifPresent(needId -> start(careCase, serviceType, needId));
        }
    }

    private String start(CareCase careCase, String serviceType, long needId) {
        long caseId = careCase.id();
        VariableMap variables = Vars.CASE_ID.with(caseId);
        Vars.CASE_NUMBER.put(variables, careCase.caseNumber());
        Vars.CASE_COORDINATOR.put(variables, careCase.coordinatorId());
        Vars.SERVICE_TYPE.put(variables, serviceType);
        Vars.REFERRAL_NEED_ID.put(variables, needId);
        Vars.LANGUAGE.put(variables, needs.patientLanguage(caseId).orElse(ReferralService.DEFAULT_LANGUAGE));
        // A stage process: users may not start one (OwnershipChecker); the application does, once it decided to.
        return EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByKey(ReferralProcess.KEY, careCase.caseNumber(), variables)
                        .getId());
    }
}
