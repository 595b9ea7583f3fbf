package org.carecoord.careplan;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Component;

/**
 * "Prepare education materials": the education form offers the catalogue's materials on the plan's topics, and
 * starts with those topics checked as covered.
 */
@Component("prepareEducationMaterialsDelegate")
class PrepareEducationMaterialsDelegate implements JavaDelegate {

    private final CarePlanService plans;

    PrepareEducationMaterialsDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var education = plans.educationFor(Vars.CARE_PLAN_ID.require(execution));
        List<Map<String, String>> options = education.materials().stream()
                .map(material -> Map.of("label", label(material), "value", material.code()))
                .toList();
        Vars.MATERIAL_OPTIONS.set(execution, JsonVariables.tree(options));
        EducationForm.TOPICS_COVERED.set(execution, education.topics());
    }

    private static String label(EducationMaterial material) {
        return material.title() + ("en".equals(material.language()) ? "" : " (" + material.language() + ")");
    }
}
