package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.carecoord.careplan.ReferralNeedStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the referrals of a case that are still open (requested, accepted, in progress) when the episode ends: each is
 * cancelled with the reason in its status history and its need left unmet. The caller decides whom to tell.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReferralClosure {

    /** Statuses in which a referral is still open; any other is final. */
    static final List<ReferralStatus> OPEN =
            List.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);

    /**
     * A referral that was cancelled, with the provider it had been sent to (null if none yet).
     *
     * @param wasUnderWay the provider had accepted it (accepted or in progress), not just been asked
     */
    public record CancelledReferral(
            long referralId, boolean wasUnderWay, String serviceName, String providerName, String providerEmail) {

        public boolean sentToProvider() {
            return providerEmail != null;
        }
    }

    private final ReferralRepository referrals;
    private final ProviderDirectory providers;
    private final Clock clock;

    ReferralClosure(ReferralRepository referrals, ProviderDirectory providers, Clock clock) {
        this.referrals = referrals;
        this.providers = providers;
        this.clock = clock;
    }

    public List<CancelledReferral> cancelOpen(long caseId, String reason, String actor) {
        Instant now = Instant.now(clock);
        List<CancelledReferral> cancelled = new ArrayList<>();
        for (Referral referral : referrals.inStatus(caseId, OPEN)) {
            referrals.changeStatus(referral.id(), ReferralStatus.CANCELLED, reason, actor, now);
            referrals.setNeedStatus(referral.referralNeedId(), ReferralNeedStatus.UNMET.code());
            var provider = referral.providerId() == null
                    ? null
                    : providers.find(referral.providerId()).orElse(null);
            cancelled.add(new CancelledReferral(
                    referral.id(),
                    !ReferralStatus.REQUESTED.code().equals(referral.status()),
                    ReferralService.serviceName(referral.serviceType()),
                    provider == null ? null : provider.name(),
                    provider == null ? null : provider.email()));
        }
        return cancelled;
    }
}
