package uk.council.procurement.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, per account and per client address, and the back-off they earn: after
 * {@code accountLimit} failures in a row on an account (or {@code addressLimit} from one address),
 * further attempts are refused, even with the right password, for 30 s, doubling with each further
 * failure up to 15 minutes. A success clears the account's count; failures older than 15 minutes
 * are forgotten. Kept in memory: a restart forgets, and each server of a cluster counts its own.
 */
public class SignInGuard {

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofMinutes(15);
    /** At most this many accounts and addresses are remembered (the oldest are forgotten first). */
    static final int MAX_ENTRIES = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final int accountLimit;
    private final int addressLimit;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInGuard(int accountLimit, int addressLimit) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
    }

    /** How long the account or the address must still wait, if either is locked now. */
    public Optional<Duration> lockedFor(String username, String address, Instant now) {
        Duration wait = Duration.ZERO;
        for (String key : new String[] {account(username), address(address)}) {
            var f = key == null ? null : failures.get(key);
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                var left = Duration.between(now, f.lockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address, Instant now) {
        if (failures.size() >= MAX_ENTRIES) {
            forgetOld(now);
        }
        count(account(username), accountLimit, now);
        count(address(address), addressLimit, now);
    }

    public void succeeded(String username) {
        var key = account(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    private void count(String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, f) -> {
            int count = f == null || f.last().plus(MEMORY).isBefore(now) ? 1 : f.count() + 1;
            Instant locked = null;
            if (count >= limit) {
                int doublings = Math.min(count - limit, 10);
                var lock = FIRST_LOCK.multipliedBy(1L << doublings);
                locked = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, now, locked);
        });
    }

    private void forgetOld(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().last().plus(MEMORY).isBefore(now)
                && (e.getValue().lockedUntil() == null || e.getValue().lockedUntil().isBefore(now)));
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear(); // under a flood of distinct names: forget rather than run out of memory
        }
    }

    private static String account(String username) {
        return username == null || username.isBlank() ? null
                : "u:" + username.strip().toLowerCase(Locale.UK);
    }

    private static String address(String address) {
        return address == null ? null : "a:" + address;
    }

    /** "30 seconds", "2 minutes": how long to wait, for a person. */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
