package org.carecoord.careplan;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's care plans: every version, newest first, and each version in full. */
@RestController
@RequestMapping("/api/cases/{caseId}/care-plans")
class CarePlanController {

    private final CarePlanService plans;

    CarePlanController(CarePlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    List<CarePlanDetails.Summary> versions(@PathVariable long caseId) {
        return plans.versionsOf(caseId);
    }

    @GetMapping("/{version}")
    CarePlanDetails version(@PathVariable long caseId, @PathVariable int version) {
        return plans.version(caseId, version).orElseThrow(() -> new CarePlanNotFoundException(caseId, version));
    }

    @ExceptionHandler(CarePlanNotFoundException.class)
    ProblemDetail planNotFound(CarePlanNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "The case has no care plan version " + ex.version() + ".");
        problem.setType(URI.create("urn:carecoord:problem:care-plan-not-found"));
        return problem;
    }

    static class CarePlanNotFoundException extends RuntimeException {

        private final int version;

        CarePlanNotFoundException(long caseId, int version) {
            super("case " + caseId + " has no care plan version " + version);
            this.version = version;
        }

        int version() {
            return version;
        }
    }
}
