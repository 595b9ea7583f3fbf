package org.carecoord.apidocs;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /api} as OpenAPI 3 (issue #15 §4): springdoc infers paths, parameters and the record schemas from the
 * controllers; {@link ErrorResponses} adds to every operation the problem+json answers the handlers really give, and
 * {@link FeatureTags} groups the operations by feature package, so a new controller is documented without any
 * annotation. Signed-in API users only (SecurityConfiguration); nothing here carries patient data.
 */
@Configuration
class ApiDocsConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI carecoordOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CareCoord API")
                        .version("1")
                        .description("The care-coordination application's own API under /api. Sign in with HTTP "
                                + "Basic (your CareCoord user name and password), or open this page while signed in "
                                + "to Tasklist or Cockpit: reads then use that session; changes through the session "
                                + "need its CSRF token (header X-XSRF-TOKEN), so from this page use Authorize. "
                                + "Which case you may open is decided per case; every case read is audited. "
                                + "Errors are application/problem+json (RFC 7807); a 400 names each invalid field."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("CareCoord (Camunda) user name and password"))
                        .addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem())
                        .addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError())
                        .addSchemas(ProblemSchemas.VALIDATION_PROBLEM, ProblemSchemas.validationProblem()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer errorResponses() {
        return new ErrorResponses();
    }

    @Bean
    OperationCustomizer bodyMediaTypes() {
        return new BodyMediaTypes();
    }

    @Bean
    PropertyCustomizer oneOfValues() {
        return new OneOfValues();
    }

    @Bean
    ModelConverter schemaNames() {
        return new SchemaNames();
    }

    @Bean
    OperationCustomizer featureTags() {
        return FeatureTags::tag;
    }

    @Bean
    OpenApiCustomizer featureTagDescriptions() {
        return FeatureTags::describe;
    }
}
