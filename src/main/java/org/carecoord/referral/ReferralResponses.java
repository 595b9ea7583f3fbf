package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.referral.ReferralLinks.Rejection;
import org.carecoord.referral.ReferralLinks.RejectedLinkException;
import org.carecoord.referral.ReferralProcess.Vars;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's answer through a signed link: checked, used once, recorded with history and passed to the process
 * as message {@code ReferralResponse}, all in one transaction (a refused or failed answer changes nothing).
 */
@Service
class ReferralResponses {

    /** What a link shows: the referral it is about (service and case reference only) and what it allows. */
    record LinkView(ReferralLink link, String serviceName, String caseNumber, String providerName) {
    }

    /** An answer recorded; {@code outcomeToken} is the next link (completed/failed) after an acceptance. */
    record Answer(String action, String serviceName, String caseNumber, String outcomeToken) {
    }

    private final ReferralRepository referrals;
    private final ProviderDirectory providers;
    private final RuntimeService runtime;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralResponses(ReferralRepository referrals, ProviderDirectory providers, RuntimeService runtime,
                      ReferralSettings settings, Clock clock) {
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
        return new LinkView(link, ReferralService.serviceName(referral.serviceType()), caseNumber(referral),
                providerName(referral));
    }

    /** @throws RejectedLinkException if the link is malformed, tampered, expired, used or no longer current */
    @Transactional
    Answer answer(String token, String action, String reason, String note) {
        Instant now = Instant.now(clock);
        ReferralLink link = links().verify(token, now);
        Referral referral = usable(link);
        if (!link.actions().contains(action)
                || ReferralLink.DECLINE.equals(action) && !ReferralLink.DECLINE_REASONS.contains(reason)) {
            throw new RejectedLinkException(Rejection.MALFORMED);
        }
        try {
            referrals.useLink(link.referralId(), link.attempt(), link.purpose(), now);
        } catch (DuplicateKeyException usedMeanwhile) {
            throw new RejectedLinkException(Rejection.USED);
        }
        String actor = "provider:" + referral.providerId();
        String response;
        String outcomeToken = null;
        switch (action) {
            case ReferralLink.ACCEPT -> {
                referrals.changeStatus(referral.id(), ReferralStatus.ACCEPTED, null, actor, now);
                response = ReferralProcess.RESPONSE_ACCEPTED;
                outcomeToken = links().sign(new ReferralLink(referral.id(), referral.attempt(), ReferralLink.OUTCOME,
                        now.plus(ReferralLinks.VALIDITY)));
            }
            case ReferralLink.DECLINE -> {
                referrals.changeStatus(referral.id(), ReferralStatus.REJECTED, reason, actor, now);
                response = ReferralProcess.RESPONSE_DECLINED;
            }
            case ReferralLink.COMPLETE -> {
                referrals.changeStatus(referral.id(), ReferralStatus.COMPLETED, note, actor, now);
                response = ReferralProcess.RESPONSE_COMPLETED;
            }
            default -> {
                referrals.changeStatus(referral.id(), ReferralStatus.FAILED, note, actor, now);
                response = ReferralProcess.RESPONSE_FAILED;
            }
        }
        runtime.createMessageCorrelation(ReferralProcess.MESSAGE_REFERRAL_RESPONSE)
                .processInstanceVariableEquals(Vars.REFERRAL_ID, referral.id())
                .setVariable(Vars.REFERRAL_RESPONSE, response)
                .setVariable(Vars.RESPONSE_REASON, reason)
                .setVariable(Vars.RESPONSE_NOTE, note)
                .correlate();
        return new Answer(action, ReferralService.serviceName(referral.serviceType()), caseNumber(referral),
                outcomeToken);
    }

    /** The referral, if the link is for its current attempt, unused, and the referral waits for that answer. */
    private Referral usable(ReferralLink link) {
        Referral referral = referrals.find(link.referralId()).orElseThrow(
                () -> new RejectedLinkException(Rejection.STALE));
        if (referrals.linkUsed(link.referralId(), link.attempt(), link.purpose())) {
            throw new RejectedLinkException(Rejection.USED);
        }
        String expected = ReferralLink.RESPOND.equals(link.purpose()) ? ReferralStatus.REQUESTED.code()
                : ReferralStatus.ACCEPTED.code();
        if (referral.attempt() != link.attempt() || !expected.equals(referral.status())
                || referral.providerId() == null) {
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
