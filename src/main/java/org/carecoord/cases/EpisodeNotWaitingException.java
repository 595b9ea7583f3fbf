package org.carecoord.cases;

/** The case is open but its episode is not at a point where it takes the event (e.g. its discharge is under way). */
public class EpisodeNotWaitingException extends RuntimeException {

    private final String caseNumber;

    public EpisodeNotWaitingException(String caseNumber, String messageName) {
        super("no process of case " + caseNumber + " waits for " + messageName);
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
