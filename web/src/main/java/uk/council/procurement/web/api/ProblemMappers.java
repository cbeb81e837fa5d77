package uk.council.procurement.web.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import uk.council.procurement.platform.ConcurrentChange;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.RequestRefused;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;

/** Every failure of an API call becomes a problem document with the right status code. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Refusals of the service layer: 400, 404, 409 or 422 with the service's own message. */
    @Provider
    public static class Refusals implements ExceptionMapper<RequestRefused> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RequestRefused e) {
            return refusal(e, uri);
        }
    }

    static Response refusal(RequestRefused e, UriInfo uri) {
        int status;
        if (e instanceof RecordNotFound) {
            status = 404;
        } else if (e instanceof WrongState || e instanceof ConcurrentChange) {
            status = 409;
        } else if (e instanceof RuleViolation) {
            status = Problem.UNPROCESSABLE;
        } else if (e instanceof uk.council.procurement.platform.ServiceUnavailable) {
            status = 503;
        } else {
            status = 400;
        }
        var errors = e instanceof InvalidInput invalid ? invalid.errors() : null;
        return Problem.response(status, e.title(), e.getMessage(), path(uri), errors);
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBAccessException e) {
            return forbidden(uri);
        }
    }

    static Response forbidden(UriInfo uri) {
        return Problem.response(403, "Forbidden", "Your role does not allow this.", path(uri), null);
    }

    /** Bean Validation on resource parameters (a missing body, say). */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var invalid = InvalidInput.of(e.getConstraintViolations());
            return Problem.response(400, invalid.title(), invalid.getMessage(), path(uri), invalid.errors());
        }
    }

    /** Malformed JSON, or a value of the wrong type (a date that is not a date). */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e, uri);
        }
    }

    static Response unreadable(Throwable e, UriInfo uri) {
        return Problem.response(400, "Unreadable request body",
                "The body is not valid JSON of the expected shape: " + rootMessage(e), path(uri), null);
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type...) as problems. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            var refused = cause(e, RequestRefused.class);
            if (refused != null) {
                return refusal(refused, uri);
            }
            var json = cause(e, JsonbException.class);
            if (json != null) {
                return unreadable(json, uri);
            }
            int code = e.getResponse().getStatus();
            var status = Status.fromStatusCode(code);
            if (e.getResponse().hasEntity() && Problem.PROBLEM_JSON.isCompatible(e.getResponse().getMediaType())) {
                return e.getResponse(); // already a problem (If-Match missing, say)
            }
            var response = Problem.response(code, status == null ? "Error" : status.getReasonPhrase(), e.getMessage(),
                    path(uri), null);
            var challenge = e.getResponse().getHeaderString("WWW-Authenticate");
            return challenge == null ? response
                    : Response.fromResponse(response).header("WWW-Authenticate", challenge).build();
        }
    }

    /** A body RESTEasy could not read (malformed JSON and the like). */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e, uri);
        }
    }

    /** Anything else: 500, logged with its stack trace, without internals in the response. */
    @Provider
    public static class Failures implements ExceptionMapper<Exception> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Exception e) {
            var refused = cause(e, RequestRefused.class);
            if (refused != null) {
                return refusal(refused, uri);
            }
            var access = cause(e, EJBAccessException.class);
            if (access != null) {
                return forbidden(uri);
            }
            if (cause(e, jakarta.persistence.OptimisticLockException.class) != null
                    || cause(e, org.camunda.bpm.engine.OptimisticLockingException.class) != null) {
                // A concurrent writer won at commit time; the boundary usually reports this itself.
                return Problem.response(409, "Changed by someone else", "Someone else changed this record at the "
                        + "same time. Nothing was saved: reload it and try again.", path(uri), null);
            }
            LOG.log(Level.SEVERE, "API call failed: " + path(uri), e);
            return Problem.response(500, "Internal error",
                    "The request failed on the server; nothing was saved. The failure is logged.", path(uri), List.of());
        }
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/dps/api/" + uri.getPath().replaceFirst("^/", "");
    }
}
