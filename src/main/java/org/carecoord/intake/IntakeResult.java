package org.carecoord.intake;

/** What {@code POST /api/intakes} answers: the new episode and the process instance that runs it. */
public record IntakeResult(long caseId, String caseNumber, String processInstanceId) {}
