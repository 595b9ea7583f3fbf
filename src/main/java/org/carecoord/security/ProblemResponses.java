package org.carecoord.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the API as RFC 7807 problem+json, like every other API error. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            // a webapp plugin's fetch (X-Requested-With) gets no Basic challenge: the browser would prompt for one
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CareCoord\", charset=\"UTF-8\"");
            }
            write(
                    json,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic using your CareCoord (Camunda) user name and password.");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) ->
                write(json, response, HttpStatus.FORBIDDEN, "Your groups do not allow this request.");
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
