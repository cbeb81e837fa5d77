package uk.council.procurement.providers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;

class CqcLocationTest {

    private static final String RESIDENTIAL = "Care home service without nursing";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private ProviderOrganisation provider;
    private CqcLocation location;

    @BeforeEach
    void setUp() {
        provider = Ids.set(new ProviderOrganisation(new OrganisationDetails("Elton Manor Care Ltd", null, "1 Road", null,
                "Bury", "BL8 2RZ", "Grace", "grace@example.org", null, "1-100000003"), now), 5L);
        location = provider.addLocation(Records.location("1-101000004", "1-100000003", CqcRating.GOOD,
                LocalDate.of(2024, 1, 10), RESIDENTIAL), RatingSource.CQC_SYNC, "officer", now);
    }

    @Test
    void aLocationComesFromCqcWithItsFirstRatingInItsHistory() {
        assertThat(location.getRating()).isEqualTo(CqcRating.GOOD);
        assertThat(location.getRatingSource()).isEqualTo(RatingSource.CQC_SYNC);
        assertThat(location.offers(RESIDENTIAL)).isTrue();
        assertThat(location.offers("Care home service with nursing")).isFalse();
        assertThat(location.getRatings()).extracting(LocationRating::getRating).containsExactly(CqcRating.GOOD);
    }

    @Test
    void anOrganisationCannotListALocationCqcHasUnderAnotherProvider() {
        var someoneElses = Records.location("1-101000009", "1-100000001", CqcRating.OUTSTANDING,
                LocalDate.of(2025, 1, 1), RESIDENTIAL);
        assertThatThrownBy(() -> provider.addLocation(someoneElses, RatingSource.CQC_SYNC, "p", now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("under another provider");
        var deregistered = Records.deregistered(Records.location("1-101000010", "1-100000003", CqcRating.GOOD,
                LocalDate.of(2025, 1, 1), RESIDENTIAL), LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> provider.addLocation(deregistered, RatingSource.CQC_SYNC, "p", now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("deregistered");
        assertThat(provider.getLocations()).hasSize(1);
    }

    @Test
    void aNewCqcRatingIsAChangeAndTheSameRecordAgainIsNot() {
        var drop = Records.location("1-101000004", "1-100000003", CqcRating.INADEQUATE, LocalDate.of(2026, 8, 5), RESIDENTIAL);
        var change = location.refresh(drop, RatingSource.CQC_SYNC, "system", now).orElseThrow();
        assertThat(change.before()).isEqualTo(CqcRating.GOOD);
        assertThat(change.after()).isEqualTo(CqcRating.INADEQUATE);
        assertThat(change.ratingDate()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(location.refresh(drop, RatingSource.CQC_SYNC, "system", now)).isEmpty();
        assertThat(location.getRatings()).extracting(LocationRating::getRating)
                .containsExactly(CqcRating.INADEQUATE, CqcRating.GOOD);
    }

    @Test
    void deregistrationIsAChangeEvenWithTheSameRating() {
        var record = Records.deregistered(Records.location("1-101000004", "1-100000003", CqcRating.GOOD,
                LocalDate.of(2024, 1, 10), RESIDENTIAL), LocalDate.of(2026, 11, 1));
        var change = location.refresh(record, RatingSource.CQC_SYNC, "system", now).orElseThrow();
        assertThat(change.deregistered()).isTrue();
        assertThat(location.isRegistered()).isFalse();
    }

    @Test
    void evidenceStandsUntilCqcPublishesARatingDatedOnOrAfterIt() {
        var change = location.recordEvidence(CqcRating.INADEQUATE, LocalDate.of(2026, 11, 20), "Warning notice WN-1",
                "Warning notice served after inspection", "quality", now, TODAY);
        assertThat(change.after()).isEqualTo(CqcRating.INADEQUATE);
        assertThat(location.getRatingSource()).isEqualTo(RatingSource.QUALITY_OFFICER);

        // CQC still shows its old report: the evidence stands.
        var unchanged = Records.location("1-101000004", "1-100000003", CqcRating.GOOD, LocalDate.of(2024, 1, 10), RESIDENTIAL);
        assertThat(location.refresh(unchanged, RatingSource.CQC_SYNC, "system", now)).isEmpty();
        assertThat(location.getRating()).isEqualTo(CqcRating.INADEQUATE);

        // CQC publishes a report older than the evidence: the evidence still stands.
        var older = Records.location("1-101000004", "1-100000003", CqcRating.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 9, 1), RESIDENTIAL);
        location.refresh(older, RatingSource.CQC_SYNC, "system", now);
        assertThat(location.getRating()).isEqualTo(CqcRating.INADEQUATE);
        assertThat(location.getCqcRating()).isEqualTo(CqcRating.REQUIRES_IMPROVEMENT);

        // CQC publishes the report the evidence anticipated: it supersedes the evidence.
        var published = Records.location("1-101000004", "1-100000003", CqcRating.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 11, 25), RESIDENTIAL);
        var superseded = location.refresh(published, RatingSource.CQC_SYNC, "system", now).orElseThrow();
        assertThat(superseded.before()).isEqualTo(CqcRating.INADEQUATE);
        assertThat(location.getRating()).isEqualTo(CqcRating.REQUIRES_IMPROVEMENT);
        assertThat(location.getRatingSource()).isEqualTo(RatingSource.CQC_SYNC);
        assertThat(location.getRatings()).extracting(LocationRating::getSource).containsExactly(RatingSource.CQC_SYNC,
                RatingSource.QUALITY_OFFICER, RatingSource.CQC_SYNC);
    }

    @Test
    void evidenceNeedsARatingADateNotInTheFutureNorOlderThanCqcsAReferenceAndAReason() {
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.NOT_YET_RATED, TODAY, "R", "Reason long enough", "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("rating");
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.GOOD, TODAY.plusDays(1), "R", "Reason long enough", "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.GOOD, LocalDate.of(2024, 1, 10), "R", "Reason long enough", "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("newer than CQC");
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.GOOD, TODAY, " ", "Reason long enough", "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.GOOD, TODAY, "R", "short", "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> location.recordEvidence(CqcRating.GOOD, TODAY, "R", "x".repeat(2001), "q", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2,000");
        assertThat(location.getRatings()).hasSize(1);
    }

    @Test
    void cqcWordsForNoRatingAreUnratedNeverGood() {
        assertThat(CqcRating.fromCqc("Good")).isEqualTo(CqcRating.GOOD);
        assertThat(CqcRating.fromCqc("requires improvement")).isEqualTo(CqcRating.REQUIRES_IMPROVEMENT);
        assertThat(CqcRating.fromCqc("No published rating")).isEqualTo(CqcRating.NOT_YET_RATED);
        assertThat(CqcRating.fromCqc("Insufficient evidence to rate")).isEqualTo(CqcRating.NOT_YET_RATED);
        assertThat(CqcRating.fromCqc("Not yet rated")).isEqualTo(CqcRating.NOT_YET_RATED);
        assertThat(CqcRating.fromCqc(null)).isEqualTo(CqcRating.NOT_YET_RATED);
    }
}
