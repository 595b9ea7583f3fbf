package org.carecoord.intake;

/** The patient already has an open care episode; a referral adds to it rather than opening a second one. */
public class OpenEpisodeExistsException extends RuntimeException {

    private final String caseNumber;

    OpenEpisodeExistsException(String caseNumber) {
        super("the patient already has an open care episode: " + caseNumber);
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
