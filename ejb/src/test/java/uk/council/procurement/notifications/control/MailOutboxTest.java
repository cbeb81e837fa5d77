package uk.council.procurement.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an email says: the notice's first sentence as its subject, the notice and the portal's address as its body. */
class MailOutboxTest {

    @Test
    void theSubjectIsTheFirstSentenceNamingTheRecord() {
        assertThat(MailOutbox.subject("REQ-2026-00007", "New requirement REQ-2026-00007 in lot R1 (BL9 0EJ, from "
                + "05/12/2026): offers by 29/11/2026 10:00.")).isEqualTo("New requirement REQ-2026-00007 in lot R1 (BL9 0EJ, from 05/12/2026)");
        assertThat(MailOutbox.subject("PKG-2026-00003", "You are offered a package of 10.5 hours a week at £24.50 an hour. "
                + "Answer by 10:30.")).isEqualTo("PKG-2026-00003: You are offered a package of 10.5 hours a week at £24.50 an hour");
        assertThat(MailOutbox.subject(null, "x".repeat(300))).hasSize(120).endsWith("\u2026");
    }

    @Test
    void theBodyPointsToThePortal() {
        assertThat(MailOutbox.body("Your offer was chosen.")).startsWith("Your offer was chosen.\n\n")
                .contains(MailOutbox.DEFAULT_PUBLIC_URL).contains("Replies are not read");
    }
}
