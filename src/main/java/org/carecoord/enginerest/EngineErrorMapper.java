package org.carecoord.enginerest;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * One mapper per exception type Camunda maps itself: Jersey picks the mapper of the nearest type first and only
 * then the higher priority, so a single Throwable mapper would lose to Camunda's ProcessEngineException mapper.
 * Each implements ExceptionMapper with its type directly (Jersey does not resolve a type variable of a superclass).
 */
final class EngineErrorMapper {

    private EngineErrorMapper() {}

    static List<ExceptionMapper<?>> all() {
        return List.of(
                new AnyError(), new EngineError(), new RestError(), new JsonMappingError(), new JsonParseError());
    }

    @Priority(EngineRestExtensions.FIRST)
    static final class AnyError implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return EngineErrors.toResponse(exception);
        }
    }

    @Priority(EngineRestExtensions.FIRST)
    static final class EngineError implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineErrors.toResponse(exception);
        }
    }

    @Priority(EngineRestExtensions.FIRST)
    static final class RestError implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return EngineErrors.toResponse(exception);
        }
    }

    @Priority(EngineRestExtensions.FIRST)
    static final class JsonMappingError implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return EngineErrors.toResponse(exception);
        }
    }

    @Priority(EngineRestExtensions.FIRST)
    static final class JsonParseError implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return EngineErrors.toResponse(exception);
        }
    }
}
