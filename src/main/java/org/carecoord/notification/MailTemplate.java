package org.carecoord.notification;

import java.util.Set;

/**
 * The mails CareCoord sends, each with the placeholders its files under {@code templates/mail/} use. Every
 * placeholder is required. Minimum necessary: no diagnosis, assessment answer or clinical note is ever a value;
 * a provider gets what the referral needs and a link.
 */
public enum MailTemplate {

    /** To the patient when a coordinator is assigned after consent (only with consent to e-mail contact). */
    WELCOME("welcome", "firstName", "coordinatorName", "contactPhone"),
    /** To a provider: the service asked for and a signed link to the referral; no clinical detail. */
    REFERRAL_TO_PROVIDER(
            "referral-to-provider",
            "providerName",
            "serviceName",
            "referenceNumber",
            "urgency",
            "respondBy",
            "responseLink",
            "coordinatorName",
            "contactPhone"),
    PROVIDER_REMINDER(
            "provider-reminder",
            "providerName",
            "serviceName",
            "referenceNumber",
            "sentOn",
            "respondBy",
            "responseLink"),
    /** To the patient: a link to the materials, never their titles (a title can reveal a condition). */
    EDUCATION_MATERIALS("education-materials", "firstName", "materialsLink", "coordinatorName", "contactPhone"),
    /** To the patient; the place is an address or clinic name chosen by the caller, not a specialty. */
    APPOINTMENT_REMINDER("appointment-reminder", "firstName", "appointmentWhen", "appointmentPlace", "contactPhone"),
    /** To a manager; {@code reason} is a fixed phrase such as "referral not answered in time", never free text. */
    MANAGER_ESCALATION("manager-escalation", "caseNumber", "reason", "taskLink"),
    /** To the patient or a provider; the discharge reason is deliberately not part of it. */
    DISCHARGE_NOTICE(
            "discharge-notice", "recipientName", "referenceNumber", "dischargeDate", "coordinatorName", "contactPhone"),
    /** To a provider asked for a referral not yet accepted when the episode ends: no reply needed, link dead. */
    REFERRAL_WITHDRAWN("referral-withdrawn", "providerName", "serviceName", "referenceNumber", "contactPhone"),
    /** To a care-team member the patient's consent covers: when and where, the case number; no clinical detail. */
    CONFERENCE_INVITATION(
            "conference-invitation",
            "memberName",
            "referenceNumber",
            "conferenceWhen",
            "conferencePlace",
            "coordinatorName",
            "contactPhone");

    private final String fileName;
    private final Set<String> placeholders;

    MailTemplate(String fileName, String... placeholders) {
        this.fileName = fileName;
        this.placeholders = Set.of(placeholders);
    }

    /** The name of its files and of the outbox's template column, e.g. {@code referral-to-provider}. */
    public String fileName() {
        return fileName;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
