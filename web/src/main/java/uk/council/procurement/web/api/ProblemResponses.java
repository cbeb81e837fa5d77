package uk.council.procurement.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents, on every operation of the OpenAPI document, the problem responses that the
 * exception mappers produce, and the Problem schema they share. Configured as mp.openapi.filter.
 */
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: the errors list gives each field and its message",
            "401", "Not signed in (HTTP Basic)",
            "403", "The caller's role does not allow this",
            "404", "Not found, or not the caller's to see",
            "409", "Not possible in the current state, or changed by someone else since read (nothing saved)",
            "422", "A business rule forbids it (the detail says which)");

    @Override
    public Operation filterOperation(Operation operation) {
        var responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        COMMON.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
            }
        });
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        var fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        var problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string).addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
