package uk.council.procurement.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short-lived memory of HTTP Basic credentials that the identity store has verified, so that an API
 * client does not pay the 100,000-iteration PBKDF2 on every call. An entry is found by an HMAC of the
 * credentials (username and password as sent) under a key made at start-up (the password itself is never kept) and
 * remembers which stored password hash it was verified against: once the account's password changes or
 * the account is disabled, the stored hash differs and the entry no longer counts. Entries last
 * {@code ttl} (default five minutes); the map is bounded.
 */
public final class VerifiedCredentials {

    /** What was verified: the account, and a digest of the stored hash it was verified against. */
    public record Entry(String username, String storedHash, Instant verifiedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int capacity;
    private final SecretKeySpec key;

    public VerifiedCredentials(Duration ttl, int capacity) {
        if (ttl.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("ttl and capacity must not be negative");
        }
        this.ttl = ttl;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * The account verified with exactly these credentials, if it was verified less than {@code ttl} ago against
     * the stored hash the identity store holds now ({@code currentStoredHash}, as {@link #digest} gives it).
     */
    public Optional<String> verified(String credentials, String currentStoredHash, Instant now) {
        String id = id(credentials);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        boolean fresh = now.isBefore(entry.verifiedAt().plus(ttl)) && !now.isBefore(entry.verifiedAt());
        if (!fresh || currentStoredHash == null || !MessageDigest.isEqual(
                entry.storedHash().getBytes(StandardCharsets.UTF_8), currentStoredHash.getBytes(StandardCharsets.UTF_8))) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.username());
    }

    /** Remembers that these credentials verified for {@code username} against the stored hash {@code storedHash}. */
    public void remember(String credentials, String username, String storedHash, Instant now) {
        if (storedHash == null || ttl.isZero() || capacity == 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> !now.isBefore(e.verifiedAt().plus(ttl)));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(id(credentials), new Entry(username, storedHash, now));
    }

    public void forget(String credentials) {
        entries.remove(id(credentials));
    }

    int size() {
        return entries.size();
    }

    /** A digest of a stored credential's bytes, for {@link #verified} and {@link #remember}. */
    public static String digest(byte[]... parts) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(part);
            }
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String id(String credentials) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
