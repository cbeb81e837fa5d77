package uk.council.procurement.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final String HEADER = "Basic b2ZmaWNlcjE6Y29ycmVjdA==";
    private static final String HASH = VerifiedCredentials.digest("stored".getBytes(StandardCharsets.UTF_8));

    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), 3);

    @Test
    void aRememberedHeaderCountsAgainstTheSameStoredHashWithinItsTime() {
        verified.remember(HEADER, "officer1", HASH, T0);

        assertThat(verified.verified(HEADER, HASH, T0.plusSeconds(299))).contains("officer1");
    }

    @Test
    void anyOtherHeaderIsNotKnown() {
        verified.remember(HEADER, "officer1", HASH, T0);

        assertThat(verified.verified("Basic b2ZmaWNlcjE6d3Jvbmc=", HASH, T0)).isEmpty();
        assertThat(verified.verified(HEADER.toLowerCase(), HASH, T0)).isEmpty();
    }

    @Test
    void aChangedPasswordOrADisabledAccountEndsTheEntryAtOnce() {
        verified.remember(HEADER, "officer1", HASH, T0);

        String changed = VerifiedCredentials.digest("new hash".getBytes(StandardCharsets.UTF_8));
        assertThat(verified.verified(HEADER, changed, T0.plusSeconds(1))).isEmpty();
        // and it stays gone, even if the old hash came back
        assertThat(verified.verified(HEADER, HASH, T0.plusSeconds(2))).isEmpty();
        assertThat(verified.verified(HEADER, null, T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void anEntryEndsAfterItsTime() {
        verified.remember(HEADER, "officer1", HASH, T0);

        assertThat(verified.verified(HEADER, HASH, T0.plusSeconds(300))).isEmpty();
        assertThat(verified.size()).isZero();
    }

    @Test
    void aClockThatWentBackDoesNotKeepAnEntry() {
        verified.remember(HEADER, "officer1", HASH, T0);

        assertThat(verified.verified(HEADER, HASH, T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void theMemoryStaysWithinItsCapacity() {
        for (int i = 0; i < 10; i++) {
            verified.remember("Basic " + i, "user" + i, HASH, T0);
            assertThat(verified.size()).isLessThanOrEqualTo(3);
        }
        assertThat(verified.verified("Basic 9", HASH, T0)).contains("user9");
    }

    @Test
    void nothingIsRememberedWithoutAStoredHashOrWhenTurnedOff() {
        verified.remember(HEADER, "officer1", null, T0);
        assertThat(verified.verified(HEADER, HASH, T0)).isEmpty();

        var off = new VerifiedCredentials(Duration.ZERO, 10);
        off.remember(HEADER, "officer1", HASH, T0);
        assertThat(off.verified(HEADER, HASH, T0)).isEmpty();
    }

    @Test
    void digestsTellPartsApart() {
        byte[] ab = "ab".getBytes(StandardCharsets.UTF_8);
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        assertThat(VerifiedCredentials.digest(ab, new byte[0])).isNotEqualTo(VerifiedCredentials.digest(a, b));
    }

    @Test
    void aNegativeTimeIsRefused() {
        assertThatThrownBy(() -> new VerifiedCredentials(Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void basicHeadersAreDecodedStrictly() {
        assertThat(ApiSignIn.decode("Basic b2ZmaWNlcjE6YTpi")).hasValueSatisfying(up -> {
            assertThat(up[0]).isEqualTo("officer1");
            assertThat(up[1]).isEqualTo("a:b");
        });
        assertThat(ApiSignIn.decode("Basic !!!")).isEmpty();
        assertThat(ApiSignIn.decode("Basic OnBhc3N3b3Jk")).isEmpty(); // ":password", no username
        assertThat(ApiSignIn.decode("Bearer abc")).isEmpty();
        assertThat(ApiSignIn.decode(null)).isEmpty();
    }
}
