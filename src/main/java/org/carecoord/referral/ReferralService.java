package org.carecoord.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.careplan.CarePlanProgress;
import org.carecoord.careplan.ReferralNeedStatus;
import org.carecoord.cases.CareCaseService;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.springframework.stereotype.Service;

/** What the referral process's steps do to the referral record and the provider's mail. */
@Service
class ReferralService {

    static final int RESPONSE_BUSINESS_DAYS = 3;
    static final String DEFAULT_LANGUAGE = "en";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final ReferralRepository referrals;
    private final ReferralNeeds needs;
    private final CarePlanProgress planProgress;
    private final ProviderDirectory providers;
    private final Outbox outbox;
    private final CareCaseService cases;
    private final BusinessCalendar calendar;
    private final PatientContact contact;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralService(
            ReferralRepository referrals,
            ReferralNeeds needs,
            CarePlanProgress planProgress,
            ProviderDirectory providers,
            Outbox outbox,
            CareCaseService cases,
            BusinessCalendar calendar,
            PatientContact contact,
            ReferralSettings settings,
            Clock clock) {
        this.referrals = referrals;
        this.needs = needs;
        this.planProgress = planProgress;
        this.providers = providers;
        this.outbox = outbox;
        this.cases = cases;
        this.calendar = calendar;
        this.contact = contact;
        this.settings = settings;
        this.clock = clock;
    }

    /** A referral in status requested, for the given need or else the case's open need for the service (if any). */
    long open(long caseId, Long needId, String serviceType, String actor) {
        Long need =
                needId != null ? needId : needs.openNeed(caseId, serviceType).orElse(null);
        return referrals.insert(caseId, need, serviceType, actor, Instant.now(clock));
    }

    /** The language given to the process, or else the patient's preferred language. */
    String language(long caseId, String given) {
        return given != null && !given.isBlank()
                ? given
                : needs.patientLanguage(caseId).orElse(DEFAULT_LANGUAGE);
    }

    /** {label, value} options for the provider select, best first. */
    List<Map<String, String>> providerOptions(String serviceType, String language) {
        return providers.suggest(serviceType, language == null ? DEFAULT_LANGUAGE : language).stream()
                .map(provider -> Map.of("value", String.valueOf(provider.id()), "label", label(provider)))
                .toList();
    }

    /** Records the provider and when it was sent, and queues the mail with a signed accept/decline link. */
    void send(long referralId, long providerId, String caseNumber, String coordinator) {
        Referral referral = require(referralId);
        Provider provider =
                providers.find(providerId).orElseThrow(() -> new IllegalArgumentException("no provider " + providerId));
        Instant now = Instant.now(clock);
        referrals.markSent(referralId, providerId, now);
        String token = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, referral.attempt(), ReferralLink.RESPOND, now.plus(ReferralLinks.VALIDITY)));
        outbox.enqueue(new OutboxMessage(
                "referral:" + referralId + ":sent:" + referral.attempt(),
                referral.caseId(),
                provider.email(),
                MailTemplate.REFERRAL_TO_PROVIDER,
                Map.of(
                        "providerName", provider.name(),
                        "serviceName", serviceName(referral.serviceType()),
                        "referenceNumber", caseNumber,
                        "urgency",
                                cases.find(referral.caseId())
                                                .filter(c -> c.isUrgent())
                                                .isPresent()
                                        ? "urgent"
                                        : "routine",
                        "respondBy", DAY.format(calendar.addBusinessDays(calendar.today(), RESPONSE_BUSINESS_DAYS)),
                        "responseLink", settings.responseLink(token),
                        "coordinatorName", contact.coordinatorName(coordinator),
                        "contactPhone", settings.contactPhone())));
    }

    /** Reminds the provider once per attempt, with a fresh link (the first one may be lost). */
    void remind(long referralId, String caseNumber) {
        Referral referral = require(referralId);
        Provider provider = providers.find(referral.providerId()).orElseThrow();
        Instant now = Instant.now(clock);
        String token = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, referral.attempt(), ReferralLink.RESPOND, now.plus(ReferralLinks.VALIDITY)));
        LocalDate sentOn = referral.sentAt() == null
                ? calendar.today()
                : referral.sentAt().atZone(ZoneId.systemDefault()).toLocalDate();
        outbox.enqueue(new OutboxMessage(
                "referral:" + referralId + ":reminder:" + referral.attempt(),
                referral.caseId(),
                provider.email(),
                MailTemplate.PROVIDER_REMINDER,
                Map.of(
                        "providerName", provider.name(),
                        "serviceName", serviceName(referral.serviceType()),
                        "referenceNumber", caseNumber,
                        "sentOn", DAY.format(sentOn),
                        "respondBy", DAY.format(calendar.addBusinessDays(calendar.today(), 2)),
                        "responseLink", settings.responseLink(token))));
    }

    /** The service was delivered: the referral need is met. */
    void closeTheLoop(long referralId, String actor) {
        Referral referral = require(referralId);
        if (!ReferralStatus.COMPLETED.code().equals(referral.status())) {
            referrals.changeStatus(referralId, ReferralStatus.COMPLETED, null, actor, Instant.now(clock));
        }
        referrals.setNeedStatus(referral.referralNeedId(), ReferralNeedStatus.MET.code());
        if (referral.referralNeedId() != null) {
            planProgress.serviceDelivered(referral.referralNeedId());
        }
    }

    void startNewAttempt(long referralId, String actor) {
        referrals.startNewAttempt(referralId, actor, Instant.now(clock));
    }

    /** The coordinator gives up on the need: the referral is cancelled and the need unmet, with the reason. */
    void closeNeedUnmet(long referralId, String reason, String actor) {
        Referral referral = require(referralId);
        referrals.changeStatus(referralId, ReferralStatus.CANCELLED, reason, actor, Instant.now(clock));
        referrals.setNeedStatus(referral.referralNeedId(), ReferralNeedStatus.UNMET.code());
        if (referral.referralNeedId() != null) {
            planProgress.serviceNotDelivered(referral.referralNeedId(), reason);
        }
    }

    Referral require(long referralId) {
        return referrals.find(referralId).orElseThrow(() -> new IllegalArgumentException("no referral " + referralId));
    }

    static String serviceName(String serviceType) {
        return serviceType.replace('-', ' ');
    }

    static String serviceLabel(String serviceType) {
        return ReferralLabels.service(serviceType);
    }

    private static String label(Provider provider) {
        return provider.name() + " (" + String.join("/", provider.languages())
                + (provider.acceptsNewClients() ? "" : ", not taking new clients") + ")";
    }
}
