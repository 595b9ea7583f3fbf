package org.carecoord.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the referral record in process tests: the real delegates, registered under their bean names, call
 * it and it records what they asked for. The referral opened has id 500. Call {@link Mocks#reset()} after each test.
 */
class RecordingReferralService extends ReferralService {

    static final long REFERRAL_ID = 500L;

    record Sent(long referralId, long providerId, String caseNumber, String coordinator) {}

    record Unmet(long referralId, String reason) {}

    record Recorded(long referralId, String action, String reason, String note, String spokeWith, String actor) {}

    final List<String> opened = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    final List<Long> reminded = new ArrayList<>();
    final List<Long> newAttempts = new ArrayList<>();
    final List<Long> loopsClosed = new ArrayList<>();
    final List<Unmet> unmet = new ArrayList<>();
    final List<Recorded> recorded = new ArrayList<>();
    /** The patient record's language, used when the process is not given one. */
    String patientLanguage = "es";

    private RecordingReferralService() {
        super(null, null, null, null, null, null, null, null, null, null);
    }

    /** Registers the delegates; "Record provider response" correlates through the given engine's runtime. */
    static RecordingReferralService registerDelegates(RuntimeService runtime) {
        var service = new RecordingReferralService();
        Mocks.register(
                "recordProviderResponseDelegate",
                new RecordProviderResponseDelegate(new ReferralResponses(null, null, runtime, null, null) {
                    @Override
                    void recordByCoordinator(
                            long referralId,
                            String action,
                            String reason,
                            String note,
                            String spokeWith,
                            String coordinator) {
                        service.recorded.add(new Recorded(referralId, action, reason, note, spokeWith, coordinator));
                        correlate(
                                referralId,
                                switch (action) {
                                    case ReferralLink.ACCEPT -> ReferralProcess.RESPONSE_ACCEPTED;
                                    case ReferralLink.DECLINE -> ReferralProcess.RESPONSE_DECLINED;
                                    case ReferralLink.START -> ReferralProcess.RESPONSE_STARTED;
                                    case ReferralLink.COMPLETE -> ReferralProcess.RESPONSE_COMPLETED;
                                    default -> ReferralProcess.RESPONSE_FAILED;
                                },
                                reason,
                                note);
                    }
                }));
        Mocks.register("openReferralDelegate", new OpenReferralDelegate(service));
        Mocks.register("sendReferralDelegate", new SendReferralDelegate(service));
        Mocks.register("remindProviderDelegate", new RemindProviderDelegate(service));
        Mocks.register("closeTheLoopDelegate", new CloseTheLoopDelegate(service));
        Mocks.register("startNewAttemptDelegate", new StartNewAttemptDelegate(service));
        Mocks.register("closeNeedUnmetDelegate", new CloseNeedUnmetDelegate(service));
        return service;
    }

    @Override
    long open(long caseId, Long needId, String serviceType, String actor) {
        opened.add(serviceType);
        return REFERRAL_ID;
    }

    @Override
    String language(long caseId, String given) {
        return given != null ? given : patientLanguage;
    }

    @Override
    List<Map<String, String>> providerOptions(String serviceType, String language) {
        return List.of(
                Map.of("value", "7", "label", "Springfield Food Bank (en/es)"),
                Map.of("value", "8", "label", "Meals on Wheels Springfield (en)"));
    }

    @Override
    void send(long referralId, long providerId, String caseNumber, String coordinator) {
        sent.add(new Sent(referralId, providerId, caseNumber, coordinator));
    }

    @Override
    void remind(long referralId, String caseNumber) {
        reminded.add(referralId);
    }

    @Override
    void closeTheLoop(long referralId, String actor) {
        loopsClosed.add(referralId);
    }

    @Override
    void startNewAttempt(long referralId, String actor) {
        newAttempts.add(referralId);
    }

    @Override
    void closeNeedUnmet(long referralId, String reason, String actor) {
        unmet.add(new Unmet(referralId, reason));
    }
}
