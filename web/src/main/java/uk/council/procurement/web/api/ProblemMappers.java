package uk.council.procurement.web.api;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import uk.council.procurement.platform.ConcurrentChange;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.RequestRefused;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.ServiceUnavailable;
import uk.council.procurement.platform.WrongState;

/**
 * Every failure of an API call becomes a problem document with the right status and
 * {@link ProblemType}. Details are written for the API's user: messages of the JAX-RS runtime (with
 * their internal ids) and of the database never reach the client.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The request being answered: for the problem's instance and the If-Match rule. */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Context
        Request request;

        String path() {
            return uri == null ? null : "/dps/api/" + uri.getPath().replaceFirst("^/", "");
        }

        boolean sentIfMatch() {
            try {
                return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
            } catch (RuntimeException e) {
                return false;
            }
        }

        Response problem(ProblemType type, String detail) {
            return Problem.response(type, null, detail, path(), null);
        }

        /** A refusal of the boundary, or a body that could not be read, in the cause chain; null if neither. */
        Response refusedOrUnreadable(Throwable e) {
            var refused = cause(e, RequestRefused.class);
            if (refused != null) {
                return refusal(refused);
            }
            if (cause(e, JsonbException.class) != null || cause(e, JsonParsingException.class) != null) {
                return unreadable();
            }
            return null;
        }

        /** Anything: a known kind of failure found in the cause chain, or 500. */
        Response anything(Throwable e) {
            var refused = cause(e, RequestRefused.class);
            if (refused != null) {
                return refusal(refused);
            }
            if (cause(e, EJBAccessException.class) != null) {
                return problem(ProblemType.FORBIDDEN, "Your role does not allow this.");
            }
            var violations = cause(e, ConstraintViolationException.class);
            if (violations != null) {
                var invalid = InvalidInput.of(violations.getConstraintViolations());
                return Problem.response(ProblemType.INVALID_INPUT, null, invalid.getMessage(), path(), invalid.errors());
            }
            if (cause(e, jakarta.persistence.OptimisticLockException.class) != null
                    || causeNamed(e, "org.hibernate.StaleStateException")
                    || cause(e, org.camunda.bpm.engine.OptimisticLockingException.class) != null) {
                // A concurrent writer won at commit time; the boundary usually reports this itself.
                return changed("Someone else changed this record at the same time. Nothing was saved: "
                        + "reload it and try again.");
            }
            var sql = cause(e, SQLException.class);
            if (sql != null && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                if (state.equals("23505")) {
                    return problem(ProblemType.DUPLICATE, "A record with the same identifying values already "
                            + "exists (perhaps made at the same moment by another request). Nothing was saved.");
                }
                if (state.startsWith("22") || state.startsWith("23")) {
                    // A value the validation should have refused reached the database: refuse it, and log
                    // it as a gap in the validation.
                    LOG.log(Level.WARNING, "Database refused a value the validation let through: " + path(), e);
                    return problem(ProblemType.INVALID_INPUT, "A value is too long, out of range or refers to "
                            + "something that does not exist. Nothing was saved.");
                }
            }
            if (cause(e, JsonbException.class) != null || cause(e, JsonParsingException.class) != null) {
                return unreadable();
            }
            LOG.log(Level.SEVERE, "API call failed: " + path(), e);
            return Problem.response(ProblemType.INTERNAL, null,
                    "The request failed on the server; nothing was saved. The failure is logged.", path(), List.of());
        }

        Response refusal(RequestRefused e) {
            ProblemType type;
            if (e instanceof RecordNotFound) {
                type = ProblemType.NOT_FOUND;
            } else if (e instanceof ConcurrentChange) {
                return changed(e.getMessage());
            } else if (e instanceof WrongState) {
                type = ProblemType.WRONG_STATE;
            } else if (e instanceof RuleViolation) {
                type = ProblemType.RULE;
            } else if (e instanceof ServiceUnavailable) {
                type = ProblemType.UNAVAILABLE;
            } else {
                type = ProblemType.INVALID_INPUT;
            }
            var errors = e instanceof InvalidInput invalid ? invalid.errors() : null;
            return Problem.response(type, e.title(), e.getMessage(), path(), errors);
        }

        /** A lost update refused: 412 when the client's If-Match named an older version, else 409. */
        Response changed(String detail) {
            return problem(sentIfMatch() ? ProblemType.PRECONDITION_FAILED : ProblemType.CHANGED, detail);
        }

        Response unreadable() {
            return problem(ProblemType.UNREADABLE_BODY, "The body is not valid JSON of the shape this operation "
                    + "expects (see the API document).");
        }
    }

    /** Refusals of the service layer with the service's own message. */
    @Provider
    public static class Refusals extends Mapper<RequestRefused> {

        @Override
        public Response toResponse(RequestRefused e) {
            return refusal(e);
        }
    }

    @Provider
    public static class AccessDenied extends Mapper<EJBAccessException> {

        @Override
        public Response toResponse(EJBAccessException e) {
            return problem(ProblemType.FORBIDDEN, "Your role does not allow this.");
        }
    }

    /** Bean Validation on resource parameters or on entities at flush. */
    @Provider
    public static class Violations extends Mapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return anything(e);
        }
    }

    /** Malformed JSON, or a value of the wrong type (a date that is not a date). */
    @Provider
    public static class UnreadableJson extends Mapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable();
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type...) as problems. */
    @Provider
    public static class Http extends Mapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            var known = refusedOrUnreadable(e);
            if (known != null) {
                return known;
            }
            var own = e.getResponse();
            if (own.hasEntity() && Problem.PROBLEM_JSON.isCompatible(own.getMediaType())) {
                return own; // already a problem (If-Match missing, say)
            }
            int status = own.getStatus();
            if (e instanceof NotFoundException && e.getCause() != null) {
                // JAX-RS answers 404 when a path or query parameter does not convert; it is bad input.
                return problem(ProblemType.INVALID_INPUT, "A parameter of the request is not a valid value.");
            }
            var type = ProblemType.forStatus(status);
            var response = Response.fromResponse(Problem.response(type, null, detail(e, status), path(), null));
            var challenge = own.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
            if (challenge != null) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
            }
            var allow = own.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
            return response.build();
        }

        private String detail(WebApplicationException e, int status) {
            return switch (status) {
                case 404 -> "There is nothing at " + path() + ".";
                case 405 -> (request == null ? "This method" : request.getMethod()) + " is not allowed on " + path()
                        + (e instanceof NotAllowedException na && na.getResponse().getAllowedMethods() != null
                                ? "; allowed: " + String.join(", ", na.getResponse().getAllowedMethods()) : "") + ".";
                case 406 -> "This operation answers application/json (or the file's own type); ask for that.";
                case 413 -> "The request body is larger than this operation accepts.";
                case 415 -> "The body's Content-Type is not one this operation accepts (see the API document).";
                case 401 -> "Sign in with HTTP Basic authentication.";
                case 403 -> "Your role does not allow this.";
                default -> status >= 500 ? "The request failed on the server; nothing was saved."
                        : "The request is not valid.";
            };
        }
    }

    /** A body RESTEasy could not read (malformed JSON and the like). */
    @Provider
    public static class Unreadable extends Mapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException e) {
            var known = refusedOrUnreadable(e);
            return known != null ? known : unreadable();
        }
    }

    /** Anything else: a known failure in the cause chain, or 500 logged with its stack trace. */
    @Provider
    public static class Failures extends Mapper<Exception> {

        @Override
        public Response toResponse(Exception e) {
            return anything(e);
        }
    }

    /** A cause of a class (or subclass) that this module does not compile against. */
    static boolean causeNamed(Throwable e, String className) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
