package org.carecoord.assessment;

/** One instrument's result within an assessment, as stored. */
record InstrumentResult(
        long assessmentId,
        long caseId,
        Instrument instrument,
        boolean administered,
        String answersJson,
        Integer score,
        String band,
        String flagsJson,
        Integer previousScore,
        Boolean response,
        Boolean remission,
        String administeredBy) {}
