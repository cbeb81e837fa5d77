package uk.council.procurement.web.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.council.procurement.platform.InvalidInput;

/**
 * An RFC 9457 problem document. {@code type} is one of {@link ProblemType}'s URIs; {@code errors}
 * lists field-level problems of invalid input, so that a client can show each next to its field.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidInput.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(ProblemType type, String title, String detail, String instance,
            List<InvalidInput.FieldError> errors) {
        var problem = new Problem(type.uri(), title == null ? type.title() : title, type.status(), detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    public static Response response(ProblemType type, String detail) {
        return response(type, null, detail, null, null);
    }
}
