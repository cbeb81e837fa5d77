package uk.council.procurement.web.api;

/**
 * The kinds of problem the API answers with, each with a stable {@code type} URI that a client (the
 * host ERP) can branch on. The list is documented in README.md and in the OpenAPI document's Problem
 * schema; a new kind is added here, never by reusing another's URI for a different meaning.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", 400, "Invalid input"),
    UNREADABLE_BODY("unreadable-body", 400, "Unreadable request body"),
    UNAUTHORIZED("unauthorized", 401, "Not signed in"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    WRONG_STATE("wrong-state", 409, "Not possible now"),
    CHANGED("changed", 409, "Changed by someone else"),
    DUPLICATE("duplicate", 409, "Already exists"),
    PRECONDITION_FAILED("precondition-failed", 412, "Changed by someone else"),
    TOO_LARGE("too-large", 413, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RULE("rule", 422, "Not allowed by a rule"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Service unavailable");

    public static final String PREFIX = "urn:council:dps:problem:";

    private final String name;
    private final int status;
    private final String title;

    ProblemType(String name, int status, String title) {
        this.name = name;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return PREFIX + name;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The kind for an HTTP status that JAX-RS or the container produced on its own. */
    public static ProblemType forStatus(int status) {
        for (var type : values()) {
            if (type.status == status && type != CHANGED && type != DUPLICATE && type != UNREADABLE_BODY) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_INPUT;
    }
}
