package uk.council.procurement.onboarding.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.providers.entity.Records;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;

class ApplicationTest {

    private static final LocalDate MONDAY_BEFORE_CHRISTMAS = LocalDate.of(2026, 12, 14);
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();
    private final Instant now = Instant.parse("2026-12-14T10:00:00Z");
    private Dps dps;
    private Lot r1;
    private Lot r2;
    private ProviderOrganisation provider;

    @BeforeEach
    void setUp() {
        dps = Ids.set(new Dps(new DpsDetails("CH-DPS-2024", "Care Homes", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 0, 12, 10, 15), now), 1L);
        r1 = Ids.set(dps.addLot(LotDetails.of("R1", "Residential - older people", CareSetting.RESIDENTIAL,
                CareCategory.OLDER_PEOPLE, null, null, CqcRating.REQUIRES_IMPROVEMENT, true)), 11L);
        r2 = Ids.set(dps.addLot(LotDetails.of("R2", "Residential - dementia", CareSetting.RESIDENTIAL,
                CareCategory.DEMENTIA, null, null, CqcRating.GOOD, false)), 12L);
        dps.open(MONDAY_BEFORE_CHRISTMAS);
        provider = Ids.set(new ProviderOrganisation(new OrganisationDetails("Elton Manor Care Ltd", null, "1 Road", null,
                "Bury", "BL8 2RZ", "Grace", "grace@example.org", null, "1-100000003"), now), 5L);
    }

    private Application draft(CqcRating rating) {
        // a test may make two applications of one provider: its location is listed once
        if (provider.getLocations().isEmpty()) {
            provider.addLocation(Records.location("1-101000004", "1-100000003", rating, LocalDate.of(2026, 8, 5),
                "Care home service without nursing"), RatingSource.CQC_SYNC, "system", now);
        }
        var application = Ids.set(new Application(dps, provider, now), 42L);
        application.assignReference(2026);
        application.applyForLots(List.of(r1, r2));
        application.updateInsurance(new Insurance("Insurer", "P-1", new BigDecimal("5000000"), new BigDecimal("1000000"),
                LocalDate.of(2027, 12, 1)));
        for (DocumentKind kind : DocumentKind.values()) {
            application.attach(kind, kind + ".pdf", "application/pdf", "%PDF-1.4 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "grace", now);
        }
        return application;
    }

    private Application submitted(CqcRating rating) {
        var application = draft(rating);
        application.submit(MONDAY_BEFORE_CHRISTMAS, now, calendar);
        application.recordChecks(MONDAY_BEFORE_CHRISTMAS);
        return application;
    }

    @Test
    void theReferenceIsTheYearAndNumber() {
        assertThat(draft(CqcRating.GOOD).getReference()).isEqualTo("APP-2026-00042");
    }

    @Test
    void submittingStartsTheClockInWorkingDaysAndSnapshotsTheRatings() {
        var application = draft(CqcRating.GOOD);
        application.submit(MONDAY_BEFORE_CHRISTMAS, now, calendar);
        // 25 December and the Boxing Day substitute (28 December) are not working days.
        assertThat(application.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getLocations()).extracting(LocationSnapshot::getRating).containsExactly(CqcRating.GOOD);
        assertThatThrownBy(() -> application.submit(MONDAY_BEFORE_CHRISTMAS, now, calendar))
                .isInstanceOf(WrongState.class).hasMessageContaining("already submitted on 14/12/2026");
        assertThatThrownBy(() -> application.applyForLots(List.of(r1))).isInstanceOf(WrongState.class);
    }

    @Test
    void anIncompleteApplicationSaysWhatIsMissing() {
        var application = Ids.set(new Application(dps, provider, now), 43L);
        var missing = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class,
                () -> application.submit(MONDAY_BEFORE_CHRISTMAS, now, calendar));
        assertThat(missing.errors()).extracting(InvalidInput.FieldError::field)
                .contains("lots", "locations", "insurance", "documents.SAFEGUARDING_POLICY",
                        "documents.MODERN_SLAVERY_POLICY", "documents.INSURANCE_CERTIFICATE");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void lotsOfAnotherDpsAreRefused() {
        var other = Ids.set(new Dps(new DpsDetails("OTHER", "Other", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 0, 12, 10, 15), now), 2L);
        var foreign = Ids.set(other.addLot(LotDetails.of("R1", "Other", CareSetting.RESIDENTIAL, CareCategory.DEMENTIA,
                null, null, CqcRating.GOOD, false)), 99L);
        var application = draft(CqcRating.GOOD);
        assertThatThrownBy(() -> application.applyForLots(List.of(r1, foreign))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("belongs to DPS OTHER");
    }

    @Test
    void checksSuggestPerLotFromEachLotsPolicy() {
        var application = submitted(CqcRating.INADEQUATE);
        assertThat(application.lot(11L).orElseThrow().getSuggestedOutcome()).isEqualTo(AdmissionOutcome.ADMIT_SUSPENDED);
        assertThat(application.lot(12L).orElseThrow().getSuggestedOutcome()).isEqualTo(AdmissionOutcome.REJECT);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_EVALUATION);
    }

    @Test
    void aRecommendationCoversEveryLotWithReasonsAndRespectsThePolicy() {
        var application = submitted(CqcRating.INADEQUATE);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class,
                () -> application.recommend(List.of(new LotRecommendation(11L, AdmissionOutcome.ADMIT, null)), "officer", now));
        assertThat(refused.errors()).extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder("lots[0].outcome", "lots");
        assertThat(refused.getMessage()).contains("can only be admitted as suspended", "Recommend an outcome for lot R2");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_EVALUATION);

        assertThatThrownBy(() -> application.recommend(List.of(
                new LotRecommendation(11L, AdmissionOutcome.ADMIT_SUSPENDED, "Rated Inadequate in August"),
                new LotRecommendation(12L, AdmissionOutcome.REJECT, "short")), "officer", now))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least 10 characters");

        application.recommend(List.of(
                new LotRecommendation(11L, AdmissionOutcome.ADMIT_SUSPENDED, "Rated Inadequate in August"),
                new LotRecommendation(12L, AdmissionOutcome.REJECT, "This lot needs Good or better")), "officer", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(application.getRecommendedBy()).isEqualTo("officer");
    }

    @Test
    void theRecommenderCannotApproveAndADecisionIsMadeOnce() {
        var application = submitted(CqcRating.GOOD);
        application.recommend(List.of(new LotRecommendation(11L, AdmissionOutcome.ADMIT, null),
                new LotRecommendation(12L, AdmissionOutcome.REJECT, "Dementia training not evidenced")), "chris", now);
        assertThatThrownBy(() -> application.approve("chris", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("segregation of duties");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);

        application.approve("lead", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_AGREEMENT);
        assertThat(application.lot(12L).orElseThrow().getOutcomeReason()).isEqualTo("Dementia training not evidenced");
        assertThatThrownBy(() -> application.approve("lead2", now)).isInstanceOf(WrongState.class)
                .hasMessageContaining("not waiting for approval");
        assertThatThrownBy(application::admit).isInstanceOf(WrongState.class);

        application.acceptAgreement("grace", now);
        var admitted = application.admit();
        assertThat(admitted).extracting(l -> l.getLot().getCode()).containsExactly("R1");
        assertThat(admitted.get(0).getOutcome()).isEqualTo(AdmissionOutcome.ADMIT);
        assertThat(application.evaluatedLocationIds()).containsExactly("1-101000004");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
    }

    @Test
    void rejectionOnEveryLotEndsInRejected() {
        var application = submitted(CqcRating.GOOD);
        application.recommend(List.of(new LotRecommendation(11L, AdmissionOutcome.REJECT, "No evidence of staffing"),
                new LotRecommendation(12L, AdmissionOutcome.REJECT, "No evidence of staffing")), "officer", now);
        application.approve("lead", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThatThrownBy(() -> application.acceptAgreement("grace", now)).isInstanceOf(WrongState.class);
    }

    @Test
    void onlyADraftCanBeDeleted() {
        var draft = draft(CqcRating.GOOD);
        draft.requireDeletable();

        var submitted = submitted(CqcRating.GOOD);
        assertThatThrownBy(submitted::requireDeletable).isInstanceOf(WrongState.class)
                .hasMessageContaining("is under evaluation; only a draft can be deleted").hasMessageContaining("withdraw");
    }

    @Test
    void anUndecidedApplicationIsWithdrawnWithWhoWhenAndWhy() {
        var application = submitted(CqcRating.GOOD);
        application.recommend(List.of(new LotRecommendation(11L, AdmissionOutcome.ADMIT, null),
                new LotRecommendation(12L, AdmissionOutcome.ADMIT, null)), "officer", now);

        application.withdraw("We have sold the home", "grace", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.getWithdrawnBy()).isEqualTo("grace");
        assertThat(application.getWithdrawnAt()).isEqualTo(now);
        assertThat(application.getWithdrawalReason()).isEqualTo("We have sold the home");
        assertThat(ApplicationStatus.FINISHED).contains(application.getStatus());
        assertThatThrownBy(() -> application.approve("lead", now)).isInstanceOf(WrongState.class);
        assertThatThrownBy(() -> application.withdraw("Again", "grace", now)).isInstanceOf(WrongState.class)
                .hasMessageContaining("is withdrawn");
    }

    @Test
    void neitherADraftNorADecidedApplicationIsWithdrawn() {
        var draft = draft(CqcRating.GOOD);
        assertThatThrownBy(() -> draft.withdraw("Changed our mind", "grace", now)).isInstanceOf(WrongState.class)
                .hasMessageContaining("is a draft, not submitted: delete it instead");
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);

        var decided = submitted(CqcRating.GOOD);
        decided.recommend(List.of(new LotRecommendation(11L, AdmissionOutcome.REJECT, "No evidence of staffing"),
                new LotRecommendation(12L, AdmissionOutcome.REJECT, "No evidence of staffing")), "officer", now);
        decided.approve("lead", now);
        assertThatThrownBy(() -> decided.withdraw("Changed our mind", "grace", now)).isInstanceOf(WrongState.class)
                .hasMessageContaining("is rejected (decided on").hasMessageContaining("not yet decided");
        assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(decided.getWithdrawnAt()).isNull();
    }

    @Test
    void theDeadlineExtendsOnceTo15WorkingDaysFromSubmission() {
        var application = submitted(CqcRating.GOOD);
        assertThatThrownBy(() -> application.extendDeadline("too short", calendar)).isInstanceOf(InvalidInput.class);
        application.extendDeadline("Waiting for the CQC inspection report", calendar);
        assertThat(application.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThatThrownBy(() -> application.extendDeadline("Still waiting for the report", calendar))
                .isInstanceOf(WrongState.class).hasMessageContaining("already extended once, to 07/01/2027");
    }

    @Test
    void insuranceMustNotHaveExpiredAtSubmission() {
        var application = draft(CqcRating.GOOD);
        application.updateInsurance(new Insurance("Insurer", "P-1", new BigDecimal("5000000"), new BigDecimal("1000000"),
                MONDAY_BEFORE_CHRISTMAS));
        assertThatThrownBy(() -> application.submit(MONDAY_BEFORE_CHRISTMAS, now, calendar))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("expired on 14/12/2026");
    }
}
