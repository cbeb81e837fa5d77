package uk.council.procurement.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.council.procurement.platform.WrongState;

/** The outbox's retry rule: 1, 2, 4 and 8 minutes between tries, given up after five, tried again on request. */
class OutboundEmailTest {

    private final Instant now = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aFailedSendIsTriedAgainLaterAndGivenUpOnAfterFiveTries() {
        var email = new OutboundEmail("sam@example.org", 5L, "REQ-2026-00001", "Subject", "Body", now);
        assertThat(email.isDue(now)).isTrue();
        Instant at = now;
        long[] waits = {1, 2, 4, 8};
        for (long minutes : waits) {
            email.failed("Connection refused", at);
            assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.PENDING);
            assertThat(email.isDue(at.plus(Duration.ofMinutes(minutes)).minusSeconds(1))).isFalse();
            at = at.plus(Duration.ofMinutes(minutes));
            assertThat(email.isDue(at)).isTrue();
        }
        email.failed("Connection refused", at);
        assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.FAILED);
        assertThat(email.getAttempts()).isEqualTo(5);
        assertThat(email.isDue(at.plus(Duration.ofDays(1)))).isFalse();
        assertThat(email.getLastError()).isEqualTo("Connection refused");

        email.retry(at);
        assertThat(email.isDue(at)).isTrue();
        email.sent(at);
        assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.SENT);
        assertThat(email.getLastError()).isNull();
        assertThatThrownBy(() -> email.retry(now)).isInstanceOf(WrongState.class).hasMessageContaining("sent");
    }

    @Test
    void longTextsAreCutToTheirColumns() {
        var email = new OutboundEmail("sam@example.org", 5L, null, "s".repeat(500), "b".repeat(9000), now);
        assertThat(email.getSubject()).hasSize(OutboundEmail.MAX_SUBJECT).endsWith("\u2026");
        assertThat(email.getBody()).hasSize(OutboundEmail.MAX_BODY);
        email.failed("e".repeat(900), now);
        assertThat(email.getLastError()).hasSize(500);
    }
}
