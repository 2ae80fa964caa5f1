package org.custodes.web;

import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the JSON API at {@code /v3/api-docs} (browsable at {@code /api/docs}): who may call it, with
 * which token, and the one shape of every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "apiToken";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The failures every operation may answer, each as a problem document. */
    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "The request is malformed or a field is invalid; `errors` lists the fields.",
            "401", "No valid API token was sent.",
            "403", "The token's holder lacks the permission this operation needs.",
            "404", "The object does not exist, or the caller may not know that it exists.",
            "413", "The request body is larger than the API accepts.",
            "422", "The request is well formed but breaks a rule of the domain.",
            "500", "Something failed on the server; nothing was saved."));

    @Bean
    OpenAPI custodesOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Custodes API")
                        .version("v1")
                        .description("""
                                The JSON API of Custodes, the platform of an oversight body for private security companies.
                                
                                **Authentication**: send a personal API token (it starts with `cst_`; create one on the \
                                *API tokens* page when signed in) as `Authorization: Bearer cst_…`. A token acts with the \
                                permissions of the person who created it; a member sees only their own organisation's data, \
                                and any other id answers 404.
                                
                                **Errors** are RFC 9457 problem details (`application/problem+json`) in the language of \
                                `Accept-Language` (en, fr, es, ar); they never contain internal details.
                                
                                **Lists** take `page` (from 0) and `size` (at most 100) and answer `{items, page, size, \
                                totalItems}`.""")
                        .license(new License().name("Open source").url("https://custodes.org")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("cst_…")
                                .description("A personal API token, sent as `Authorization: Bearer cst_…`.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Adds the problem schema (springdoc rebuilds the components from the code, so it is added here) and replaces
     * whatever error responses were inferred with the problem documents the API really sends.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas("Problem", problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiConfiguration::describeErrors));
        };
    }

    private static void describeErrors(Operation operation) {
        var responses = operation.getResponses();
        ERRORS.forEach((status, description) -> {
            if ("413".equals(status) && operation.getRequestBody() == null) {
                return;
            }
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA)))));
        });
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> problemSchema() {
        var fieldError = typed("object")
                .addProperty("field", text("The request field at fault."))
                .addProperty("message", text("What is wrong, in the caller's language."));
        Schema errors = typed("array").items(fieldError)
                .description("Present on 400 answers to an invalid body: one entry per invalid field.");
        return typed("object")
                .description("An RFC 9457 problem detail.")
                .addProperty("type", text("A URI naming the kind of problem."))
                .addProperty("title", text("A short, translated summary of the kind of problem."))
                .addProperty("status", typed("integer").description("The HTTP status."))
                .addProperty("detail", text("What happened, translated, without internal details."))
                .addProperty("instance", text("The path of the request."))
                .addProperty("errors", errors);
    }

    /** A schema of one JSON type, written the OpenAPI 3.1 way ({@code types}) and the 3.0 way alike. */
    private static Schema<Object> typed(String type) {
        return new Schema<>().type(type).types(new java.util.LinkedHashSet<>(java.util.List.of(type)));
    }

    private static Schema<?> text(String description) {
        return typed("string").description(description);
    }
}
