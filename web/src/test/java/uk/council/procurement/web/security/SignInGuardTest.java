package uk.council.procurement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInGuardTest {

    private final Instant t0 = Instant.parse("2026-11-27T09:00:00Z");
    private final SignInGuard guard = new SignInGuard(5, 20);

    @Test
    void anAccountIsLockedAfterFiveFailuresInARowEvenForTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            guard.failed("Grace", "10.0.0.1", t0.plusSeconds(i));
            assertThat(guard.lockedFor("grace", "10.0.0.1", t0.plusSeconds(i))).isEmpty();
        }
        guard.failed("grace", "10.0.0.2", t0.plusSeconds(4));
        assertThat(guard.lockedFor("grace", "10.0.0.9", t0.plusSeconds(5))).contains(Duration.ofSeconds(29));
        assertThat(guard.lockedFor("someone-else", "10.0.0.9", t0.plusSeconds(5))).as("other accounts").isEmpty();
        assertThat(guard.lockedFor("grace", "10.0.0.9", t0.plusSeconds(35))).as("after 30 s").isEmpty();
    }

    @Test
    void theLockDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        Instant now = t0;
        for (int i = 0; i < 5; i++) {
            guard.failed("grace", "10.0.0.1", now);
        }
        guard.failed("grace", "10.0.0.1", now = now.plusSeconds(31));
        assertThat(guard.lockedFor("grace", null, now)).contains(Duration.ofSeconds(60));
        guard.failed("grace", "10.0.0.1", now = now.plusSeconds(61));
        assertThat(guard.lockedFor("grace", null, now)).contains(Duration.ofSeconds(120));
        for (int i = 0; i < 10; i++) {
            guard.failed("grace", "10.0.0.1", now = now.plusSeconds(1));
        }
        assertThat(guard.lockedFor("grace", null, now)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheAccountAndOldFailuresAreForgotten() {
        for (int i = 0; i < 4; i++) {
            guard.failed("grace", "10.0.0.1", t0);
        }
        guard.succeeded("GRACE");
        guard.failed("grace", "10.0.0.1", t0);
        assertThat(guard.lockedFor("grace", null, t0)).isEmpty();
        for (int i = 0; i < 3; i++) {
            guard.failed("grace", "10.0.0.1", t0);
        }
        guard.failed("grace", "10.0.0.1", t0.plus(Duration.ofMinutes(16)));
        assertThat(guard.lockedFor("grace", null, t0.plus(Duration.ofMinutes(16)))).as("count restarted").isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsLockedForAllOfThem() {
        for (int i = 0; i < 20; i++) {
            guard.failed("user" + i, "203.0.113.7", t0);
        }
        assertThat(guard.lockedFor("user-never-tried", "203.0.113.7", t0)).isPresent();
        assertThat(guard.lockedFor("user-never-tried", "198.51.100.1", t0)).isEmpty();
    }

    @Test
    void waitsAreDescribedForPeople() {
        assertThat(SignInGuard.describe(Duration.ofMillis(29_100))).isEqualTo("30 seconds");
        assertThat(SignInGuard.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(SignInGuard.describe(Duration.ofSeconds(120))).isEqualTo("2 minutes");
    }
}
