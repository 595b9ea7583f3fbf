package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.referral.ReferralLinks.RejectedLinkException;
import org.carecoord.referral.ReferralLinks.Rejection;
import org.carecoord.referral.ReferralProcess.Vars;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's answer, through a signed link or told to a coordinator by phone: checked, recorded with history and
 * passed to the process as message {@code ReferralResponse} (correlated by referral id), all in one transaction (a
 * refused or failed answer changes nothing). A link is used once per purpose; "service started" once per attempt.
 */
@Service
class ReferralResponses {

    /** What a link shows: the referral it is about (service and case reference only) and what it allows. */
    record LinkView(ReferralLink link, String serviceName, String caseNumber, String providerName, String status) {}

    /** An answer recorded; {@code outcomeToken} is the link to report the outcome with, once accepted or started. */
    record Answer(String action, String serviceName, String caseNumber, String outcomeToken) {}

    private final ReferralRepository referrals;
    private final ProviderDirectory providers;
    private final RuntimeService runtime;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralResponses(
            ReferralRepository referrals,
            ProviderDirectory providers,
            RuntimeService runtime,
            ReferralSettings settings,
            Clock clock) {
        this.referrals = referrals;
        this.providers = providers;
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    LinkView show(String token) {
        ReferralLink link = links().verify(token, Instant.now(clock));
        Referral referral = usable(link);
        return new LinkView(
                link,
                ReferralService.serviceName(referral.serviceType()),
                caseNumber(referral),
                providerName(referral),
                referral.status());
    }

    /** @throws RejectedLinkException if the link is malformed, tampered, expired, used or no longer current */
    @Transactional
    Answer answer(String token, String action, String reason, String note) {
        Instant now = Instant.now(clock);
        ReferralLink link = links().verify(token, now);
        Referral referral = usable(link);
        if (!link.allows(action)
                || ReferralLink.DECLINE.equals(action) && !ReferralLink.isDeclineReason(reason)
                || !allowedNow(action, referral.status())) {
            throw new RejectedLinkException(Rejection.MALFORMED);
        }
        try {
            // "started" keeps the outcome link usable for completed or failed
            referrals.useLink(
                    link.referralId(),
                    link.attempt(),
                    ReferralLink.START.equals(action) ? ReferralLink.START : link.purpose(),
                    now);
        } catch (DuplicateKeyException usedMeanwhile) {
            throw new RejectedLinkException(Rejection.USED);
        }
        record(referral, action, reason, note, "provider:" + referral.providerId(), now);
        String outcomeToken = ReferralLink.ACCEPT.equals(action)
                ? links().sign(new ReferralLink(
                        referral.id(), referral.attempt(), ReferralLink.OUTCOME, now.plus(ReferralLinks.VALIDITY)))
                : ReferralLink.START.equals(action) ? token : null;
        return new Answer(
                action, ReferralService.serviceName(referral.serviceType()), caseNumber(referral), outcomeToken);
    }

    /**
     * A coordinator records what the provider said on the phone; the coordinator is the actor in the history, and
     * who they spoke to is kept with the note.
     *
     * @param action one of {@link ReferralLink#ACCEPT}, {@link ReferralLink#DECLINE} (with a reason),
     *               {@link ReferralLink#START}, {@link ReferralLink#COMPLETE}, {@link ReferralLink#FAIL}
     * @throws IllegalStateException if the referral does not wait for that answer (e.g. completed before accepted)
     */
    @Transactional
    void recordByCoordinator(
            long referralId, String action, String reason, String note, String spokeWith, String coordinator) {
        Referral referral =
                referrals.find(referralId).orElseThrow(() -> new IllegalArgumentException("no referral " + referralId));
        if (!allowedNow(action, referral.status())
                || ReferralLink.DECLINE.equals(action) && !ReferralLink.isDeclineReason(reason)) {
            throw new IllegalStateException(
                    "referral " + referralId + " in status " + referral.status() + " cannot take answer " + action);
        }
        String told = spokeWith == null ? note : "by phone, " + spokeWith + (note == null ? "" : ": " + note);
        record(referral, action, reason, told, coordinator, Instant.now(clock));
    }

    /** Which answers the referral waits for in its current status. */
    static boolean allowedNow(String action, String status) {
        if (action == null) {
            return false;
        }
        return switch (action) {
            case ReferralLink.ACCEPT, ReferralLink.DECLINE ->
                ReferralStatus.REQUESTED.code().equals(status);
            case ReferralLink.START -> ReferralStatus.ACCEPTED.code().equals(status);
            case ReferralLink.COMPLETE, ReferralLink.FAIL ->
                Set.of(ReferralStatus.ACCEPTED.code(), ReferralStatus.IN_PROGRESS.code())
                        .contains(status);
            default -> false;
        };
    }

    private void record(Referral referral, String action, String reason, String note, String actor, Instant now) {
        String response = switch (action) {
            case ReferralLink.ACCEPT ->
                change(referral, ReferralStatus.ACCEPTED, null, actor, now, ReferralProcess.RESPONSE_ACCEPTED);
            case ReferralLink.DECLINE ->
                change(
                        referral,
                        ReferralStatus.REJECTED,
                        note == null ? reason : reason + ": " + note,
                        actor,
                        now,
                        ReferralProcess.RESPONSE_DECLINED);
            case ReferralLink.START ->
                change(referral, ReferralStatus.IN_PROGRESS, note, actor, now, ReferralProcess.RESPONSE_STARTED);
            case ReferralLink.COMPLETE ->
                change(referral, ReferralStatus.COMPLETED, note, actor, now, ReferralProcess.RESPONSE_COMPLETED);
            default -> change(referral, ReferralStatus.FAILED, note, actor, now, ReferralProcess.RESPONSE_FAILED);
        };
        correlate(referral.id(), response, reason, note);
    }

    /** Passes the answer to the referral's process instance (message ReferralResponse, by referral id). */
    void correlate(long referralId, String response, String reason, String note) {
        VariableMap answer = Vars.REFERRAL_RESPONSE.with(response);
        Vars.RESPONSE_REASON.put(answer, reason);
        Vars.RESPONSE_NOTE.put(answer, note);
        Vars.RESPONSE_SUMMARY.put(answer, ReferralLabels.responseSummary(response, reason));
        runtime.correlateMessage(ReferralProcess.MESSAGE_REFERRAL_RESPONSE, Vars.REFERRAL_ID.with(referralId), answer);
    }

    private String change(
            Referral referral, ReferralStatus status, String reason, String actor, Instant now, String response) {
        referrals.changeStatus(referral.id(), status, reason, actor, now);
        return response;
    }

    /** The referral, if the link is for its current attempt, unused, and the referral waits for that answer. */
    private Referral usable(ReferralLink link) {
        Referral referral =
                referrals.find(link.referralId()).orElseThrow(() -> new RejectedLinkException(Rejection.STALE));
        if (referrals.linkUsed(link.referralId(), link.attempt(), link.purpose())) {
            throw new RejectedLinkException(Rejection.USED);
        }
        boolean waiting = link.actions().stream().anyMatch(action -> allowedNow(action, referral.status()));
        if (referral.attempt() != link.attempt() || !waiting || referral.providerId() == null) {
            throw new RejectedLinkException(Rejection.STALE);
        }
        return referral;
    }

    private String caseNumber(Referral referral) {
        return referrals.caseNumber(referral.caseId());
    }

    private String providerName(Referral referral) {
        return providers.find(referral.providerId()).map(Provider::name).orElse("");
    }

    private ReferralLinks links() {
        return new ReferralLinks(settings.linkSecret());
    }
}
