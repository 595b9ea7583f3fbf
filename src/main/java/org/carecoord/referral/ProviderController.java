package org.carecoord.referral;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.carecoord.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider directory: managers add, change and deactivate providers (never delete: referral history names
 * them); coordinators read it (groups: SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/providers")
class ProviderController {

    /** A provider as managers enter it; {@code active} defaults to true. */
    record ProviderBody(
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> serviceTypes,
            @NotBlank @Email @Size(max = 254) @PlainText String email,
            @Size(max = 40) @PlainText String phone,
            // stored comma-joined in 100 characters
            @NotEmpty @Size(max = 6)
            List<
                            @NotBlank @Size(max = 15)
                            @Pattern(
                                    regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                                    message = "must be a language tag such as en, es or pt-BR")
                            String>
                    languages,

            @NotNull Boolean acceptsNewClients,
            Boolean active) {

        Provider toProvider(long id) {
            return new Provider(
                    id,
                    name.strip(),
                    serviceTypes.stream().distinct().toList(),
                    email.strip(),
                    phone == null || phone.isBlank() ? null : phone.strip(),
                    languages.stream().distinct().toList(),
                    acceptsNewClients,
                    active == null || active);
        }
    }

    static class ProviderNotFoundException extends RuntimeException {
        ProviderNotFoundException(long id) {
            super("no provider " + id);
        }
    }

    static class UnknownServiceTypesException extends RuntimeException {
        final List<FieldError> errors;

        UnknownServiceTypesException(List<FieldError> errors) {
            super("unknown service types");
            this.errors = errors;
        }
    }

    private final ProviderDirectory providers;
    private final Clock clock;

    ProviderController(ProviderDirectory providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping
    List<Provider> all() {
        return providers.all();
    }

    @GetMapping("/{id}")
    Provider one(@PathVariable long id) {
        return providers.find(id).orElseThrow(() -> new ProviderNotFoundException(id));
    }

    @ApiResponse(responseCode = "201", description = "Added to the directory")
    @PostMapping
    @Transactional
    ResponseEntity<Provider> add(@Valid @RequestBody ProviderBody body, Principal user) {
        checkServiceTypes(body);
        long id = providers.insert(body.toProvider(0), user.getName(), Instant.now(clock));
        return ResponseEntity.created(URI.create("/api/providers/" + id)).body(one(id));
    }

    @PutMapping("/{id}")
    @Transactional
    Provider change(@PathVariable long id, @Valid @RequestBody ProviderBody body, Principal user) {
        checkServiceTypes(body);
        if (!providers.update(id, body.toProvider(id), user.getName(), Instant.now(clock))) {
            throw new ProviderNotFoundException(id);
        }
        return one(id);
    }

    /** No longer suggested for new referrals; referrals already sent to the provider go on. */
    @PostMapping("/{id}/deactivate")
    @Transactional
    Provider deactivate(@PathVariable long id, Principal user) {
        return setActive(id, false, user);
    }

    @PostMapping("/{id}/activate")
    @Transactional
    Provider activate(@PathVariable long id, Principal user) {
        return setActive(id, true, user);
    }

    private Provider setActive(long id, boolean active, Principal user) {
        Provider current = one(id);
        providers.update(
                id,
                new Provider(
                        id,
                        current.name(),
                        current.serviceTypes(),
                        current.email(),
                        current.phone(),
                        current.languages(),
                        current.acceptsNewClients(),
                        active),
                user.getName(),
                Instant.now(clock));
        return one(id);
    }

    private static void checkServiceTypes(ProviderBody body) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.serviceTypes().size(); i++) {
            if (Coded.fromCode(Service.class, body.serviceTypes().get(i)).isEmpty()) {
                errors.add(new FieldError("serviceTypes[" + i + "]", "is not a known service type"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnknownServiceTypesException(errors);
        }
    }

    @ExceptionHandler(UnknownServiceTypesException.class)
    ResponseEntity<ProblemDetail> unknownServiceTypes(UnknownServiceTypesException ex) {
        return ResponseEntity.badRequest().body(ApiExceptionHandler.invalid(ex.errors));
    }

    @ExceptionHandler(ProviderNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such provider.");
        problem.setType(URI.create("urn:carecoord:problem:provider-not-found"));
        return problem;
    }
}
