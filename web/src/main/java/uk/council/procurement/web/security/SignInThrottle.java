package uk.council.procurement.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

/**
 * Protects sign-in, on the screens' login form and on the API's HTTP Basic alike, in front of the
 * container's authentication (an outer handler of this web application, so a locked attempt never
 * reaches the password check): each attempt is checked against {@link SignInGuard} by account and
 * by client address, and its outcome counted. A locked form sign-in returns to the login page saying
 * how long to wait; a locked API call gets 429 with Retry-After and a problem document.
 * Limits: {@code -Ddps.signin.account-failures} (default 5) and {@code -Ddps.signin.address-failures}
 * (default 50).
 */
public class SignInThrottle implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    /** The Authorization header of an API request, taken off it for {@link ApiSignIn} to verify. */
    static final AttachmentKey<String> API_BASIC = AttachmentKey.create(String.class);

    /** Set by {@link ApiSignIn} once an API request's Basic credentials signed in. */
    static final AttachmentKey<Boolean> API_SIGNED_IN = AttachmentKey.create(Boolean.class);

    /** Set by {@link ApiSignIn} when the identity store could not be asked: such a call is not counted. */
    static final AttachmentKey<Boolean> API_UNAVAILABLE = AttachmentKey.create(Boolean.class);

    static final SignInGuard GUARD = new SignInGuard(Integer.getInteger("dps.signin.account-failures", 5),
            Integer.getInteger("dps.signin.address-failures", 50));

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String login = deployment.getContextPath() + "/login.xhtml";
        String api = deployment.getContextPath() + "/api/";
        deployment.addOuterHandlerChainWrapper(new HandlerWrapper() {
            @Override
            public HttpHandler wrap(HttpHandler next) {
                return exchange -> guard(exchange, next, login, api);
            }
        });
    }

    private static void guard(HttpServerExchange exchange, HttpHandler next, String login, String api) throws Exception {
        boolean form = Methods.POST.equals(exchange.getRequestMethod())
                && exchange.getRelativePath().endsWith("/j_security_check");
        var authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        if (authorization != null && authorization.size() > 1) {
            // The container would verify a Basic header hidden behind another one, uncounted.
            badRequest(exchange, "Send one Authorization header.");
            return;
        }
        String username = form ? formUsername(exchange) : basicUsername(exchange);
        if (!form && username == null && authorization != null && isBasic(authorization.getFirst())) {
            badRequest(exchange, "The Authorization header is not valid HTTP Basic (base64 of username:password).");
            return;
        }
        if (username == null) {
            next.handleRequest(exchange);
            return;
        }
        String address = exchange.getSourceAddress() == null ? null
                : exchange.getSourceAddress().getAddress().getHostAddress();
        var clock = Clock.systemUTC();
        var locked = GUARD.lockedFor(username, address, clock.instant());
        if (locked.isPresent()) {
            refuse(exchange, form, login, locked.get());
            return;
        }
        // Counted as the answer is committed, before the client can see it and try again (counting on
        // completion raced with a client's next attempt).
        if (!form && exchange.getRequestPath().startsWith(api)) {
            // The API verifies Basic itself (ApiSignIn), remembering verified credentials; the container's
            // Basic mechanism would recompute the password hash on every call.
            exchange.putAttachment(API_BASIC, exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
            exchange.getRequestHeaders().remove(Headers.AUTHORIZATION);
        }
        var counted = new java.util.concurrent.atomic.AtomicBoolean();
        exchange.addResponseCommitListener(committed -> {
            if (counted.compareAndSet(false, true)) {
                count(committed, form, username, address, clock);
            }
        });
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                if (counted.compareAndSet(false, true)) {
                    count(done, form, username, address, clock);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static void count(HttpServerExchange exchange, boolean form, String username, String address, Clock clock) {
        if (Boolean.TRUE.equals(exchange.getAttachment(API_UNAVAILABLE))) {
            return; // the identity store was down: neither a success nor a guess
        }
        if (succeeded(exchange, form)) {
            GUARD.succeeded(username);
        } else {
            GUARD.failed(username, address, clock.instant());
        }
    }

    /**
     * Whether the attempt signed in: the container says so on the exchange; failing that, a Basic call
     * is refused with 401, and a form sign-in that succeeds redirects to the page asked for.
     */
    private static boolean succeeded(HttpServerExchange exchange, boolean form) {
        if (exchange.getAttachment(API_BASIC) != null) {
            return Boolean.TRUE.equals(exchange.getAttachment(API_SIGNED_IN));
        }
        var security = exchange.getSecurityContext();
        if (security != null) {
            return security.isAuthenticated();
        }
        int status = exchange.getStatusCode();
        if (!form) {
            return status != StatusCodes.UNAUTHORIZED;
        }
        return status == StatusCodes.FOUND || status == StatusCodes.SEE_OTHER;
    }

    private static void refuse(HttpServerExchange exchange, boolean form, String login, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        LOG.fine(() -> "Sign-in refused for " + seconds + " s after repeated failures");
        if (form) {
            exchange.setStatusCode(StatusCodes.SEE_OTHER);
            exchange.getResponseHeaders().put(Headers.LOCATION, login + "?locked=" + seconds);
            exchange.endExchange();
            return;
        }
        exchange.setStatusCode(StatusCodes.TOO_MANY_REQUESTS);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseSender().send("{\"type\":\"urn:council:dps:problem:too-many-requests\","
                + "\"title\":\"Too many failed sign-ins\",\"status\":429,\"detail\":\"Too many failed sign-ins for this "
                + "account or from this address. Try again in " + SignInGuard.describe(wait) + ".\"}",
                StandardCharsets.UTF_8);
    }

    private static boolean isBasic(String header) {
        return header != null && header.length() >= 5 && header.regionMatches(true, 0, "Basic", 0, 5);
    }

    private static void badRequest(HttpServerExchange exchange, String detail) {
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseSender().send("{\"type\":\"urn:council:dps:problem:invalid-input\",\"title\":\"Invalid input\","
                + "\"status\":400,\"detail\":\"" + detail + "\"}", StandardCharsets.UTF_8);
    }

    private static String formUsername(HttpServerExchange exchange) throws Exception {
        exchange.startBlocking();
        var parser = FormParserFactory.builder().build().createParser(exchange);
        if (parser == null) {
            return null;
        }
        var data = parser.parseBlocking(); // kept on the exchange: the container's form login reads it again
        var value = data == null ? null : data.getFirst("j_username");
        exchange.putAttachment(FormDataParser.FORM_DATA, data);
        return value == null || value.isFileItem() ? null : value.getValue();
    }

    private static String basicUsername(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
