package uk.council.procurement.web.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.council.procurement.platform.InvalidInput;

/**
 * An RFC 9457 problem document. {@code errors} lists field-level problems of invalid input, so
 * that a client can show each next to its field.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidInput.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** Unprocessable Content (RFC 9110), which JAX-RS 3.1's Status enum lacks. */
    public static final int UNPROCESSABLE = 422;
    public static final int PRECONDITION_REQUIRED = 428;

    public static Response response(int status, String title, String detail, String instance,
            List<InvalidInput.FieldError> errors) {
        var problem = new Problem("about:blank", title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
