package org.carecoord.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** What engine REST answers for each kind of failure, and that no value or internal leaves with it. */
class EngineErrorsTest {

    @Test
    void aServerErrorCarriesOnlyAGenericMessageAndAnErrorId() {
        var response = EngineErrors.toResponse(new ProcessEngineException(
                "### Error updating database. Cause: duplicate key value violates unique constraint \"act_uniq\" "
                        + "Detail: Key (name_)=(Jane Doe) already exists. ### SQL: insert into ACT_RU_VARIABLE"));

        assertThat(response.getStatus()).isEqualTo(500);
        Map<?, ?> body = entity(response);
        assertThat(body.get("errorId")).isNotNull();
        assertThat(body.get("message").toString())
                .contains(body.get("errorId").toString())
                .doesNotContain("Jane Doe", "SQL", "ACT_", "constraint");
    }

    @Test
    void anEngineRefusalSaysInWordsWhatTheUserMayNotDoWithoutPermissionsOrIds() {
        var refusal = new AuthorizationException(
                "coordinator2",
                List.of(
                        new MissingAuthorization("TASK_WORK", "Task", "5f3c2a10-77aa-11ef-b7c1-0242ac120002"),
                        new MissingAuthorization("UPDATE_TASK", "ProcessDefinition", "referral")));

        var response = EngineErrors.toResponse(new RestException(Response.Status.FORBIDDEN, refusal, "x"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(entity(response).get("message").toString())
                .startsWith("You may not work on this task.")
                .contains("ask a care manager")
                .doesNotContain("5f3c2a10", "TASK_WORK", "permission on resource", "coordinator2", "referral");
    }

    @Test
    void careCoordsOwnRefusalKeepsItsWords() {
        var refusal = new AuthorizationException(
                "The user 'coordinator2' may not do this: claim the task before " + "completing it.");

        var response = EngineErrors.toResponse(refusal);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(entity(response).get("message").toString()).contains("claim the task before completing it");
    }

    @Test
    void aRefusalWrappedAs500ByEngineRestIsA400WithTheRefusalsMessage() {
        var refusal = new BadUserRequestException("patient.dateOfBirth must be a plausible date of birth");
        var wrapped = new RestException(
                Response.Status.INTERNAL_SERVER_ERROR,
                refusal,
                "Cannot instantiate process definition care-episode:3:abc: " + refusal.getMessage());

        var response = EngineErrors.toResponse(wrapped);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(entity(response).get("message").toString())
                .contains("patient.dateOfBirth")
                .doesNotContain("care-episode:3:abc");
    }

    @Test
    void clientErrorsKeepTheirMeaningWithoutTheValue() {
        var conversion = EngineErrors.toResponse(new InvalidRequestException(
                Response.Status.BAD_REQUEST,
                "Cannot submit task form 42: Cannot convert value 'Jane Doe' of type 'Integer' to java type "
                        + "java.lang.Integer"));
        assertThat(conversion.getStatus()).isEqualTo(400);
        assertThat(entity(conversion).get("message").toString())
                .contains("of type 'Integer'", "Integer")
                .doesNotContain("Jane Doe", "java.lang");

        assertThat(EngineErrors.toResponse(new OptimisticLockingException(
                                "ENGINE-03005 Entity was updated by " + "another transaction concurrently"))
                        .getStatus())
                .isEqualTo(409);
        var notFound = EngineErrors.toResponse(new NullValueException("Cannot find task with id Jane: task is null"));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(entity(notFound).get("message").toString()).doesNotContain("Jane");
    }

    @Test
    void valueFreeMessagesDropQuotedValuesAndSql() {
        assertThat(ValueFreeMessage.of("Cannot set query parameter 'sortBy' to value 'secret'"))
                .isEqualTo("Cannot set query parameter 'sortBy' to value (not shown)");
        assertThat(ValueFreeMessage.of("ERROR: value too long for type character varying(255)"))
                .isEqualTo("The request was refused by a data rule.");
        assertThat(ValueFreeMessage.of(null)).isEqualTo("The request was refused.");
    }

    private static Map<?, ?> entity(Response response) {
        return (Map<?, ?>) response.getEntity();
    }
}
