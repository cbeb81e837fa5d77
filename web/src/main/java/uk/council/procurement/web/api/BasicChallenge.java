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
 * Only provider registration is open to anyone. A change (any method but GET, HEAD and OPTIONS)
 * needs the Authorization header itself: a session cookie of the screens is not enough for it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicChallenge implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"DPS procurement\", charset=\"UTF-8\"";

    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean signedIn = request.getSecurityContext().getUserPrincipal() != null;
        if (signedIn && !SAFE.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            // Signed in by the screens' session cookie only: another site may have started this request in a
            // signed-in officer's browser (cross-site request forgery). API changes need the API's own sign-in.
            request.abortWith(Problem.response(ProblemType.FORBIDDEN, null,
                    "Changes through the API need HTTP Basic authentication on each request; a browser session is "
                            + "not accepted for them.", null, null));
            return;
        }
        if (signedIn || isPublic(request)) {
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
