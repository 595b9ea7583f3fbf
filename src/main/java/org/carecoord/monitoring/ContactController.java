package org.carecoord.monitoring;

import org.carecoord.cases.CareCaseService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's outreach contacts (newest first) and its care-management minutes per month. */
@RestController
@RequestMapping("/api/cases")
class ContactController {

    private final CareCaseService cases;
    private final CareTime careTime;

    ContactController(CareCaseService cases, CareTime careTime) {
        this.cases = cases;
        this.careTime = careTime;
    }

    @GetMapping("/{caseId}/contacts")
    CareTime.Contacts contacts(@PathVariable long caseId) {
        cases.require(caseId);
        return careTime.of(caseId);
    }
}
