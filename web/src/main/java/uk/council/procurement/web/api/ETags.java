package uk.council.procurement.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version; a change must send it back in
 * If-Match. A stale version is refused by the service layer with 409 and nothing is changed.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the resource and its ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(of(version)).build();
    }

    /** 201 with the new resource, its location (relative to /api) and its ETag. */
    public static Response created(String path, Object entity, long version) {
        return Response.created(java.net.URI.create(path)).tag(of(version)).entity(entity).build();
    }

    /** How the API documents the header. */
    public static final String IF_MATCH = "The ETag of the version you last read (e.g. \"3\"); required. "
            + "A change made by someone else since then gets 412 (nothing is saved); without If-Match, 428.";

    /** The version the client read, from If-Match ("3", W/"3" or 3); 428 if it sent none. */
    public static long version(String value) {
        if (value == null || value.isBlank()) {
            throw new WebApplicationException(Problem.response(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag (version) you last read, so that "
                            + "a change made by someone else in between is not overwritten."));
        }
        String digits = value.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.response(ProblemType.INVALID_INPUT, "Invalid If-Match",
                    "If-Match must be the ETag of the resource, such as \"3\".", null,
                    java.util.List.of(new uk.council.procurement.platform.InvalidInput.FieldError("If-Match",
                            "must be the ETag you read, such as \"3\""))));
        }
    }
}
