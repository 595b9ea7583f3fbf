package org.carecoord.deployment;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link DeploymentGuard}. A {@link ParseException}, so the engine REST answers 400 with one
 * report per refused resource in {@code details}; the message lists every violation too, as Camunda Modeler shows
 * only the message.
 */
class DeploymentRefusedException extends ParseException {

    record Report(String resourceName, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resourceName;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    private final List<ResourceReport> reports;

    DeploymentRefusedException(List<Report> reports) {
        super(message(reports), reports.get(0).resourceName(), reports.get(0).errors(), List.of());
        this.reports = List.copyOf(reports);
    }

    @Override
    public List<ResourceReport> getResorceReports() {
        return reports;
    }

    private static String message(List<Report> reports) {
        return "The deployment was refused: a model may use only CareCoord delegates and whitelisted helpers. "
                + reports.stream()
                        .map(r -> r.resourceName() + ": "
                                + r.errors().stream().map(Problem::getMessage).collect(Collectors.joining("; ")))
                        .collect(Collectors.joining(" | "));
    }
}
