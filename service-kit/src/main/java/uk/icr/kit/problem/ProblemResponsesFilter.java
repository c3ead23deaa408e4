package uk.icr.kit.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every operation's OpenAPI entry lists the problem answers it can give, each as
 * {@code application/problem+json} with the shared Problem schema (DESIGN.md section 2): the same for
 * every service, so the gateway's merged document has one Problem schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        openAPI.setComponents(components);
        components.addSchema("FieldError", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .description("The JSON path of the field, e.g. goals[0].importance"))
                .addProperty("message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
        components.addSchema("Problem", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: what went wrong, in words a developer can act on.")
                .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .format("uri").description("urn:icr:problem:... or about:blank"))
                .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(java.util.List.of("type", "title", "status"))
                .example(example()));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                describe(path, item);
            }
        });
    }

    /** Ordered maps: the document is compared with its committed snapshot, so it must not vary from run to run. */
    private static Map<String, Object> example() {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", "nhsNumber");
        error.put("message", "must be a valid NHS number: 10 digits passing the Modulus 11 check");
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.VALIDATION_FAILED);
        example.put("title", "The request is not valid");
        example.put("status", 400);
        example.put("detail", "1 field is not valid.");
        example.put("instance", "/api/v1/assessments");
        example.put("errors", java.util.List.of(error));
        return example;
    }

    private static void describe(String path, PathItem item) {
        boolean onResource = path.contains("{");
        boolean subPath = onResource && !path.endsWith("}");
        item.getOperations().forEach((method, operation) -> {
            // A command is a POST below a resource; PATCH changes the resource itself: both need If-Match.
            boolean change = method == PathItem.HttpMethod.PATCH || (method == PathItem.HttpMethod.POST && subPath);
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("400", "The request is not valid: the problem names each field.");
            answers.put("401", "No valid bearer token.");
            answers.put("403", "The token's roles do not allow this operation.");
            if (onResource) {
                answers.put("404", "No such resource.");
            }
            if (method == PathItem.HttpMethod.POST && !onResource) {
                answers.put("422", "The Idempotency-Key was already used with a different request.");
            }
            if (change) {
                answers.put("409", "The resource's state does not allow this command.");
                answers.put("412", "If-Match names a version that is no longer current.");
                answers.put("428", "If-Match is missing.");
            }
            answers.put("500", "The service failed; the details are in its log, never in the answer.");
            add(operation, answers);
        });
    }

    private static void add(Operation operation, Map<String, String> answers) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        answers.forEach((status, description) -> {
            var problem = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
            var existing = responses.getAPIResponse(status);
            if (existing == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem));
            } else if (existing.getContent() == null) {
                // SmallRye adds bare 401 and 403 answers for secured operations: they carry problems too.
                existing.description(description).content(problem);
            }
        });
    }
}
