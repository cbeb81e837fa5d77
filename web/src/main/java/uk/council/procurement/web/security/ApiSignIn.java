package uk.council.procurement.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.interfaces.ScramDigestPassword;

import io.undertow.servlet.handlers.ServletRequestContext;

/**
 * HTTP Basic sign-in of the API, against the same identity store (the Elytron security domain) as the
 * screens' form login, without recomputing the PBKDF2 hash on every call: a header that the store has
 * verified is remembered for a few minutes in {@link VerifiedCredentials}, tied to the stored hash it
 * was verified against, and later calls with it are authorised without the hash. {@link SignInThrottle}
 * takes the Authorization header off API requests before the container's own Basic mechanism would
 * verify it again and hands it here. The rest of the request runs as the signed-in identity, so the EJB
 * layer's roles and caller checks apply unchanged. Written by hand because WildFly's Elytron caches
 * identities (caching-realm) but still verifies each password guess against the PBKDF2 hash.
 * Time to remember: {@code -Ddps.api.verified-seconds} (default 300; 0 turns the memory off).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiSignIn extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ApiSignIn.class.getName());

    static final VerifiedCredentials VERIFIED = new VerifiedCredentials(
            Duration.ofSeconds(Long.getLong("dps.api.verified-seconds", 300)), 10_000);

    private static final Clock CLOCK = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var context = ServletRequestContext.current();
        String header = context == null ? null : context.getExchange().getAttachment(SignInThrottle.API_BASIC);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        SecurityIdentity identity;
        try {
            identity = signIn(header);
        } catch (RealmUnavailableException e) {
            LOG.log(Level.WARNING, "The identity store is unavailable", e);
            context.getExchange().putAttachment(SignInThrottle.API_UNAVAILABLE, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:council:dps:problem:unavailable\",\"title\":\"Service unavailable\","
                    + "\"status\":503,\"detail\":\"Sign-in is not possible at the moment. Try again shortly.\"}");
            return;
        }
        if (identity == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"DPS procurement\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:council:dps:problem:unauthorized\",\"title\":\"Not signed in\","
                    + "\"status\":401,\"detail\":\"The username or password is not right.\"}");
            return;
        }
        context.getExchange().putAttachment(SignInThrottle.API_SIGNED_IN, Boolean.TRUE);
        var signedIn = new SignedInRequest(request, identity, header);
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(signedIn, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }

    /** The identity the header signs in, or null when its username and password do not verify. */
    private static SecurityIdentity signIn(String header) throws RealmUnavailableException {
        var credentials = decode(header);
        if (credentials.isEmpty()) {
            return null;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No security domain for this application");
        }
        ServerAuthenticationContext authentication = domain.createNewAuthenticationContext();
        try {
            authentication.setAuthenticationName(credentials.get()[0]);
            String storedHash = storedHash(authentication);
            var now = CLOCK.instant();
            // remembered by the decoded username and password, so that spellings of one header are one entry
            String key = credentials.get()[0] + '\0' + credentials.get()[1];
            boolean verified = VERIFIED.verified(key, storedHash, now).isPresent();
            if (!verified) {
                var guess = new PasswordGuessEvidence(credentials.get()[1].toCharArray());
                try {
                    verified = authentication.verifyEvidence(guess);
                } finally {
                    guess.destroy();
                }
                if (verified) {
                    VERIFIED.remember(key, credentials.get()[0], storedHash, now);
                }
            }
            if (!verified || !authentication.authorize()) {
                authentication.fail();
                return null;
            }
            authentication.succeed();
            return authentication.getAuthorizedIdentity();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a name the domain cannot take (e.g. empty): not signed in
            authentication.fail();
            return null;
        }
    }

    /** A digest of the password hash the store holds for the name now, or null if it has none to offer. */
    private static String storedHash(ServerAuthenticationContext authentication) throws RealmUnavailableException {
        var credential = authentication.getCredential(PasswordCredential.class);
        if (credential == null) {
            return null;
        }
        var scram = credential.getPassword(ScramDigestPassword.class);
        if (scram == null) {
            return null;
        }
        return VerifiedCredentials.digest(scram.getAlgorithm().getBytes(StandardCharsets.US_ASCII), scram.getDigest(),
                scram.getSalt(), Integer.toString(scram.getIterationCount()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Username and password of a Basic header (UTF-8, as the challenge asks), if it is well formed. */
    static Optional<String[]> decode(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The request as the API's resources see it: signed in as the identity, with its Authorization header. */
    private static final class SignedInRequest extends HttpServletRequestWrapper {

        private final SecurityIdentity identity;
        private final String authorization;

        SignedInRequest(HttpServletRequest request, SecurityIdentity identity, String authorization) {
            super(request);
            this.identity = identity;
            this.authorization = authorization;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return role != null && identity.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }

        @Override
        public String getHeader(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Authorization".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(authorization))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            if (names.stream().noneMatch("Authorization"::equalsIgnoreCase)) {
                names.add("Authorization");
            }
            return Collections.enumeration(names);
        }
    }
}
