package uk.council.procurement.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers a request without credentials with 401 and a Basic challenge. (/api/* stays out
 * of web.xml's constraints on purpose: there, an unauthenticated request would get the login page.)
 * Only provider registration is open to anyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicChallenge implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"DPS procurement\", charset=\"UTF-8\"";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null || isPublic(request)) {
            return;
        }
        request.abortWith(Response.fromResponse(Problem.response(ProblemType.UNAUTHORIZED,
                        "Sign in with HTTP Basic authentication."))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }

    private static boolean isPublic(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        return "POST".equals(request.getMethod()) && "providers/registrations".equals(path);
    }
}
