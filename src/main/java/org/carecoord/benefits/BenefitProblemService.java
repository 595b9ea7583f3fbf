package org.carecoord.benefits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.benefits.BenefitsProcess.Action;
import org.carecoord.benefits.BenefitsProcess.Document;
import org.carecoord.benefits.BenefitsProcess.Outcome;
import org.carecoord.benefits.BenefitsProcess.ProblemKind;
import org.carecoord.benefits.BenefitsProcess.Vars;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.referral.ReferralRequests;
import org.carecoord.security.EngineAsApplication;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefit problems on a case: reported through the API (which starts their {@code benefits-and-claims} process) and
 * recorded step by step by its delegates. Validation a form cannot express answers with BadUserRequestException,
 * which Tasklist shows while the form stays open.
 */
@org.springframework.stereotype.Service
public class BenefitProblemService {

    static final String RECORDED = "recorded";
    static final String ACTION = "action";
    static final String OUTCOME = "outcome";
    static final String ESCALATION = "appeal-deadline-";
    /** What the financial-counseling referral says about itself: no amounts, no diagnoses. */
    static final String PAYMENT_PLAN_REASON = "Payment plan for a medical bill the patient cannot pay";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** What "Record the action" gives the process: the follow-up date and, for an appeal, its deadline's dates. */
    record ActionRecorded(
            Date followUpDue, boolean appealFiled, Date deadlineAt, Date warningAt, String deadlineText) {}

    private final BenefitProblemRepository problems;
    private final CareCaseService cases;
    private final ReferralRequests referrals;
    private final BenefitDeadlines deadlines;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    BenefitProblemService(
            BenefitProblemRepository problems,
            CareCaseService cases,
            ReferralRequests referrals,
            BenefitDeadlines deadlines,
            RuntimeService runtime,
            IdentityService identity,
            Clock clock) {
        this.problems = problems;
        this.cases = cases;
        this.referrals = referrals;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Records the problem and starts its process, in one transaction.
     *
     * @throws org.carecoord.cases.CaseNotFoundException no such case
     * @throws org.carecoord.cases.CaseClosedException   the case is closed
     * @throws InvalidBenefitsInputException             not a problem kind
     */
    @Transactional
    public BenefitProblem report(long caseId, String kind, String note, String actor) {
        CareCase careCase = cases.requireOpen(caseId);
        ProblemKind problemKind = Coded.fromCode(ProblemKind.class, kind)
                .orElseThrow(() -> new InvalidBenefitsInputException("kind", "is not a known problem kind"));
        long id = problems.insert(caseId, problemKind.code(), note, actor, Instant.now(clock));
        VariableMap variables = Vars.CASE_ID.with(caseId);
        Vars.CASE_NUMBER.put(variables, careCase.caseNumber());
        Vars.CASE_COORDINATOR.put(variables, careCase.coordinatorId());
        Vars.BENEFIT_PROBLEM_ID.put(variables, id);
        Vars.PROBLEM_KIND.put(variables, problemKind.code());
        Vars.PROBLEM_LABEL.put(variables, problemKind.label());
        if (note != null) {
            BenefitsProcess.Fields.SUMMARY.put(variables, note);
        }
        // users start only care-episode (OwnershipChecker): the application starts this once it checked the case
        String instance = EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByKey(BenefitsProcess.KEY, careCase.caseNumber(), variables)
                        .getId());
        problems.processStarted(id, instance);
        return problems.find(id).orElseThrow();
    }

    public List<BenefitProblem> ofCase(long caseId) {
        cases.require(caseId);
        return problems.ofCase(caseId);
    }

    void recordProblem(long problemId, String summary, List<String> documents, String documentsNote, String actor) {
        for (String document : documents) {
            if (Coded.fromCode(Document.class, document).isEmpty()) {
                throw new BadUserRequestException("The problem cannot be recorded: a document is not in the list.");
            }
        }
        Instant now = Instant.now(clock);
        problems.recorded(problemId, strip(summary), documents, strip(documentsNote), actor, now);
        problems.addAction(problemId, RECORDED, null, null, null, actor, now);
    }

    /**
     * Records what the coordinator did: a payment plan opens a financial-counseling referral on the case; an appeal
     * needs a deadline from today on.
     */
    ActionRecorded recordAction(
            long problemId, long caseId, String action, LocalDate appealDeadline, String note, String actor) {
        Action chosen = checkAction(action, appealDeadline, deadlines.today());
        boolean appeal = chosen == Action.FILE_APPEAL;
        Long referralNeedId = chosen == Action.PAYMENT_PLAN
                ? referrals.request(caseId, Service.FINANCIAL_COUNSELING.code(), PAYMENT_PLAN_REASON, actor)
                : null;
        Date followUp = deadlines.followUpDue();
        Instant now = Instant.now(clock);
        problems.acted(
                problemId,
                chosen.code(),
                appeal ? appealDeadline : null,
                followUp.toInstant(),
                referralNeedId,
                actor,
                now);
        problems.addAction(problemId, ACTION, chosen.code(), appeal ? appealDeadline : null, strip(note), actor, now);
        return appeal
                ? new ActionRecorded(
                        followUp,
                        true,
                        deadlines.appealDeadlineAt(appealDeadline),
                        deadlines.appealWarningAt(appealDeadline),
                        DAY.format(appealDeadline))
                : new ActionRecorded(followUp, false, null, null, null);
    }

    /** @throws BadUserRequestException not an action, or an appeal without a deadline from today on */
    static Action checkAction(String action, LocalDate appealDeadline, LocalDate today) {
        Action chosen =
                action == null ? null : Coded.fromCode(Action.class, action).orElse(null);
        if (chosen == null) {
            throw new BadUserRequestException("The action cannot be recorded: choose one of the actions.");
        }
        if (chosen == Action.FILE_APPEAL && (appealDeadline == null || appealDeadline.isBefore(today))) {
            throw new BadUserRequestException(
                    "The appeal cannot be recorded: its deadline must be a date (MM/DD/YYYY) from today on.");
        }
        return chosen;
    }

    /** @return the outcome's code, which the process's gateway reads */
    String recordOutcome(long problemId, String outcome, String reason, String actor) {
        Outcome recorded = checkOutcome(outcome, reason);
        Instant now = Instant.now(clock);
        String stored = recorded == Outcome.RESOLVED ? "resolved" : "unresolved";
        problems.outcome(
                problemId,
                stored,
                recorded == Outcome.RESOLVED ? null : strip(reason),
                recorded != Outcome.ACT_AGAIN,
                actor,
                now);
        problems.addAction(problemId, OUTCOME, recorded.code(), null, strip(reason), actor, now);
        return recorded.code();
    }

    /** @throws BadUserRequestException not an outcome, or not resolved without a reason */
    static Outcome checkOutcome(String outcome, String reason) {
        Outcome recorded =
                outcome == null ? null : Coded.fromCode(Outcome.class, outcome).orElse(null);
        if (recorded == null) {
            throw new BadUserRequestException("The outcome cannot be recorded: choose one of the outcomes.");
        }
        if (recorded != Outcome.RESOLVED && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("The outcome cannot be recorded: say why the problem is not resolved.");
        }
        return recorded;
    }

    /** A manager's answer to an appeal deadline {@code near} or {@code passed}. */
    void recordEscalation(long problemId, String which, String action, String actor) {
        problems.addAction(problemId, ESCALATION + which, action, null, null, actor, Instant.now(clock));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
