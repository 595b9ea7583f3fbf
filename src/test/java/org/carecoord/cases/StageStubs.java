package org.carecoord.cases;

import org.camunda.bpm.engine.RepositoryService;

/**
 * One-task stand-ins for the stages the episode calls after intake, so the episode's own paths are tested alone.
 * Completing the stand-in's task with variables returns them to the episode, as the real stage would.
 */
public final class StageStubs {

    public static final String ASSESSMENT_KEY = "assessment";
    public static final String CARE_PLANNING_KEY = "care-planning";
    public static final String REFERRAL_KEY = "referral";
    public static final String MONITORING_KEY = "monitoring";
    public static final String DISCHARGE_KEY = "discharge";
    public static final String TRANSITIONAL_CARE_KEY = "transitional-care";
    /** Completing the assessment stand-in with this set to true throws the safety-concern escalation. */
    public static final String RAISE_SAFETY_CONCERN = "stubRaisesSafetyConcern";

    public static final String ASSESSMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="test">
              <escalation id="Escalation_SafetyConcern" escalationCode="SAFETY_CONCERN" />
              <process id="assessment" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="Start" />
                <sequenceFlow id="F1" sourceRef="Start" targetRef="Answer" />
                <userTask id="Answer" />
                <sequenceFlow id="F2" sourceRef="Answer" targetRef="Concern" />
                <exclusiveGateway id="Concern" default="F4" />
                <sequenceFlow id="F3" sourceRef="Concern" targetRef="Raise">
                  <conditionExpression xsi:type="tFormalExpression">${execution.getVariable('stubRaisesSafetyConcern') == true}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="F4" sourceRef="Concern" targetRef="End" />
                <intermediateThrowEvent id="Raise"><escalationEventDefinition escalationRef="Escalation_SafetyConcern" /></intermediateThrowEvent>
                <sequenceFlow id="F5" sourceRef="Raise" targetRef="End" />
                <endEvent id="End" />
              </process>
            </definitions>
            """;

    public static final String CARE_PLANNING = oneTask(CARE_PLANNING_KEY);
    public static final String REFERRAL = oneTask(REFERRAL_KEY);
    public static final String MONITORING = oneTask(MONITORING_KEY);
    public static final String DISCHARGE = oneTask(DISCHARGE_KEY);
    public static final String TRANSITIONAL_CARE = oneTask(TRANSITIONAL_CARE_KEY);

    /**
     * Deploys every stand-in (assessment, care planning, referral, monitoring, discharge, transitional care); returns
     * the deployment.
     */
    public static String deployAll(RepositoryService repository) {
        return repository
                .createDeployment()
                .addString("assessment.bpmn", ASSESSMENT)
                .addString("care-planning.bpmn", CARE_PLANNING)
                .addString("referral.bpmn", REFERRAL)
                .addString("monitoring.bpmn", MONITORING)
                .addString("discharge.bpmn", DISCHARGE)
                .addString("transitional-care.bpmn", TRANSITIONAL_CARE)
                .deploy()
                .getId();
    }

    /** A process of one user task: completing the task with variables returns them to the caller. */
    private static String oneTask(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="Start" />
                    <sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
                    <userTask id="Work" />
                    <sequenceFlow id="F2" sourceRef="Work" targetRef="End" />
                    <endEvent id="End" />
                  </process>
                </definitions>
                """.formatted(key);
    }

    private StageStubs() {}
}
