package org.carecoord.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.careplan.CarePlanningProcess.AgreementMethod;
import org.carecoord.careplan.CarePlanningProcess.Barrier;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationTopic;
import org.carecoord.careplan.CarePlanningProcess.GoalRow;
import org.carecoord.careplan.CarePlanningProcess.InterventionRow;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.forms.OptionLists;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.Test;

/**
 * The care-planning forms speak the process's vocabularies: every option is a code of its enum (and every code is
 * offered), every decision value is a constant the gateways test, and the fields of each goal and intervention row
 * are the constants of its row class (FormsContractTest checks a group's path, not the fields inside it).
 */
class CarePlanningFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void draftFormOffersExactlyTheCodesOfEachVocabulary() throws IOException {
        JsonNode draft = form(CarePlanningProcess.FORM_DRAFT_CARE_PLAN);

        assertThat(options(field(draft, DraftForm.PROBLEMS.name()))).isEqualTo(codes(Problem.class));
        assertThat(options(field(draft, DraftForm.BARRIERS.name()))).isEqualTo(codes(Barrier.class));
        assertThat(options(field(draft, DraftForm.EDUCATION_TOPICS.name()))).isEqualTo(codes(EducationTopic.class));
        assertThat(options(field(draft, DraftForm.REFERRAL_SERVICES.name()))).isEqualTo(codes(Service.class));
        for (String goal : Var.names(DraftForm.GOAL_ROWS)) {
            assertThat(options(field(group(draft, goal), GoalRow.PROBLEM)))
                    .as(goal)
                    .isEqualTo(codes(Problem.class));
        }
        for (String intervention : Var.names(DraftForm.INTERVENTION_ROWS)) {
            JsonNode row = group(draft, intervention);
            assertThat(options(field(row, InterventionRow.PROBLEM)))
                    .as(intervention)
                    .isEqualTo(codes(Problem.class));
            assertThat(options(field(row, InterventionRow.RESPONSIBLE)))
                    .as(intervention)
                    .isEqualTo(codes(Responsible.class));
        }
    }

    @Test
    void everyRowHoldsTheFieldsOfItsRowClassAndOnlyTheFirstIsRequired() throws Exception {
        JsonNode draft = form(CarePlanningProcess.FORM_DRAFT_CARE_PLAN);

        for (String goal : Var.names(DraftForm.GOAL_ROWS)) {
            assertThat(keys(group(draft, goal))).as(goal).isEqualTo(constants(GoalRow.class));
            assertThat(required(group(draft, goal))).as(goal).isEqualTo(goal.equals(DraftForm.GOAL_1.name()));
        }
        for (String intervention : Var.names(DraftForm.INTERVENTION_ROWS)) {
            assertThat(keys(group(draft, intervention))).as(intervention).isEqualTo(constants(InterventionRow.class));
            assertThat(required(group(draft, intervention)))
                    .as(intervention)
                    .isEqualTo(intervention.equals(DraftForm.INTERVENTION_1.name()));
        }
    }

    @Test
    void noFormUsesADynamicListWhichTasklistCannotComplete() throws IOException {
        for (String id : List.of(
                CarePlanningProcess.FORM_DRAFT_CARE_PLAN,
                CarePlanningProcess.FORM_APPROVE_CARE_PLAN,
                CarePlanningProcess.FORM_REVIEW_PLAN_WITH_PATIENT,
                CarePlanningProcess.FORM_EDUCATE_PATIENT)) {
            assertThat(form(id).findValuesAsText("type")).as(id).doesNotContain("dynamiclist");
        }
    }

    @Test
    void decisionsOfferTheValuesTheGatewaysTest() throws IOException {
        JsonNode approve = form(CarePlanningProcess.FORM_APPROVE_CARE_PLAN);
        JsonNode review = form(CarePlanningProcess.FORM_REVIEW_PLAN_WITH_PATIENT);

        assertThat(options(field(approve, CarePlanningProcess.ApprovalForm.APPROVAL_DECISION.name())))
                .containsExactly(CarePlanningProcess.APPROVAL_APPROVE, CarePlanningProcess.APPROVAL_RETURN);
        assertThat(options(field(review, CarePlanningProcess.ReviewForm.PATIENT_DECISION.name())))
                .containsExactly(
                        CarePlanningProcess.PATIENT_AGREED,
                        CarePlanningProcess.PATIENT_CHANGES_REQUESTED,
                        CarePlanningProcess.PATIENT_DECLINED);
        assertThat(options(field(review, CarePlanningProcess.ReviewForm.AGREED_HOW.name())))
                .isEqualTo(codes(AgreementMethod.class));
    }

    @Test
    void educationFormOffersTheTopicsAndTheMaterialsThePlanPrepared() throws IOException {
        JsonNode educate = form(CarePlanningProcess.FORM_EDUCATE_PATIENT);

        assertThat(options(field(educate, CarePlanningProcess.EducationForm.TOPICS_COVERED.name())))
                .isEqualTo(codes(EducationTopic.class));
        assertThat(field(educate, CarePlanningProcess.EducationForm.MATERIALS_GIVEN.name())
                        .path("valuesKey")
                        .asText())
                .isEqualTo(CarePlanningProcess.Vars.MATERIAL_OPTIONS.name());
    }

    private static JsonNode form(String id) throws IOException {
        return JSON.readTree(Path.of("forms", id + ".form").toFile());
    }

    private static JsonNode field(JsonNode container, String key) {
        for (JsonNode component : container.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key);
    }

    private static JsonNode group(JsonNode form, String path) {
        for (JsonNode component : form.path("components")) {
            if ("group".equals(component.path("type").asText())
                    && path.equals(component.path("path").asText())) {
                return component;
            }
        }
        throw new AssertionError("no group " + path);
    }

    /** Whether every field of the row is required. */
    private static boolean required(JsonNode row) {
        List<Boolean> required = new ArrayList<>();
        row.path("components")
                .forEach(field -> required.add(field.at("/validate/required").asBoolean(false)));
        assertThat(required).as("all or none of the row's fields are required").containsOnly(required.get(0));
        return required.get(0);
    }

    /** The values the field offers: its own list, or the one its valuesKey names (as Tasklist is served it). */
    private static List<String> options(JsonNode field) {
        List<String> values = new ArrayList<>();
        JsonNode options = field.hasNonNull("valuesKey")
                ? OptionLists.of(field.get("valuesKey").asText())
                : field.path("values");
        assertThat(options).as("options of %s", field.path("key").asText()).isNotNull();
        options.forEach(option -> values.add(option.path("value").asText()));
        return values;
    }

    private static Set<String> keys(JsonNode row) {
        Set<String> keys = new TreeSet<>();
        row.path("components")
                .forEach(component -> keys.add(component.path("key").asText()));
        return keys;
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList();
    }

    private static Set<String> constants(Class<?> names) throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : names.getDeclaredFields()) {
            if (field.getType() == Var.class) {
                constants.add(((Var<?>) field.get(null)).name());
            } else if (field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        return constants;
    }
}
