package uk.council.procurement.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.ExtensionApproval;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** The review's rules: recommendations within the terms, decisions under the delegation, never one's own. */
class ExtensionReviewTest {

    private static final Instant NOW = Instant.parse("2024-06-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 5);

    private ExtensionReview review;
    private ReviewItem lot1;
    private ReviewItem lot2;

    @BeforeEach
    void setUp() {
        var dps = Ids.set(new Dps(new DpsDetails("BURY-CAH-2021", "Bury", null, Regime.PCR_2015_FRAMEWORK,
                LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 2, 12, 10, 15), NOW), 1L);
        review = new ExtensionReview(dps, LocalDate.of(2024, 7, 24), "system", NOW);
        lot1 = review.add(agreement(dps, "Bury East Home Care Ltd", 5L), "1-BE", ExtensionApproval.CABINET);
        lot2 = review.add(agreement(dps, "Radcliffe Community Care Ltd", 6L), "2", ExtensionApproval.LEAD);
        Ids.set(lot1, 11L);
        Ids.set(lot2, 12L);
    }

    private static Contract agreement(Dps dps, String name, long id) {
        var provider = Ids.set(new ProviderOrganisation(new OrganisationDetails(name, null, "1 Road", null, "Bury",
                "BL9 7AY", "Ruth", "ruth@example.org", null, "1-10000000" + id), NOW), id);
        return new Contract(ContractKind.AGREEMENT, dps, provider, new ContractDetails("Care at home",
                LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 24, 2, 60, 3, null, null,
                new BigDecimal("9139875")), "officer", NOW);
    }

    @Test
    void aRecommendationToExtendMustBeAllowedByTheTerms() {
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXTEND, 25, "Good", TODAY, "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("at most 2 years");
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXTEND, 12, "Good", LocalDate.of(2024, 7, 25), "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("had to be given by 24/07/2024");
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXTEND, null, "Good", TODAY, "officer", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXPIRE, 12, "Poor", TODAY, "officer", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXPIRE, null, " ", TODAY, "officer", NOW))
                .isInstanceOf(InvalidInput.class);
        lot1.recommend(Recommendation.EXTEND, 12, "Obligations met", TODAY, "officer", NOW);
        assertThat(lot1.getMonths()).isEqualTo(12);
    }

    @Test
    void everyProviderIsRecommendedBeforeTheLeadsDecide() {
        lot1.recommend(Recommendation.EXTEND, 12, "Obligations met", TODAY, "officer", NOW);
        assertThatThrownBy(() -> review.submitRecommendations()).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Radcliffe Community Care Ltd");
        assertThatThrownBy(() -> lot1.decide(true, null, TODAY, "CAB-1", TODAY, "lead", NOW))
                .isInstanceOf(WrongState.class);
        lot2.recommend(Recommendation.EXPIRE, null, "Too many providers", TODAY, "officer", NOW);
        review.submitRecommendations();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.APPROVING);
        assertThatThrownBy(() -> lot2.recommend(Recommendation.EXTEND, 12, "x", TODAY, "officer", NOW))
                .isInstanceOf(WrongState.class);
    }

    @Test
    void cabinetLotsNeedItsDateAndMinuteAndNobodyDecidesTheirOwn() {
        lot1.recommend(Recommendation.EXTEND, 12, "Obligations met", TODAY, "chris", NOW);
        lot2.recommend(Recommendation.EXPIRE, null, "Too many providers", TODAY, "officer", NOW);
        review.submitRecommendations();
        assertThatThrownBy(() -> lot1.decide(true, null, TODAY, "CAB-1", TODAY, "chris", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("segregation of duties");
        assertThatThrownBy(() -> lot1.decide(true, null, null, "CAB-1", TODAY, "lead", NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("cabinet");
        assertThatThrownBy(() -> lot1.decide(true, null, TODAY.plusDays(1), "CAB-1", TODAY, "lead", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lot1.decide(true, null, TODAY, " ", TODAY, "lead", NOW))
                .isInstanceOf(InvalidInput.class);
        lot1.decide(true, null, LocalDate.of(2024, 6, 5), "CAB/2024/12", TODAY, "lead", NOW);
        assertThat(lot1.getCabinetMinute()).isEqualTo("CAB/2024/12");
        // a lead's lot needs no cabinet; a return needs a reason
        assertThatThrownBy(() -> lot2.decide(false, null, null, null, TODAY, "lead", NOW))
                .isInstanceOf(InvalidInput.class);
        lot2.decide(true, null, null, null, TODAY, "lead", NOW);
        assertThat(lot2.getCabinetDate()).isNull();
        assertThatThrownBy(() -> lot2.decide(true, null, null, null, TODAY, "lead2", NOW))
                .isInstanceOf(WrongState.class).hasMessageContaining("already approved");
        assertThat(review.finishDecisions(NOW)).isFalse();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.DECIDED);
        assertThatThrownBy(() -> lot2.note("late")).isInstanceOf(WrongState.class);
    }

    @Test
    void aReturnedRecommendationGoesRoundAgainWhileApprovedOnesStay() {
        lot1.recommend(Recommendation.EXTEND, 12, "Obligations met", TODAY, "officer", NOW);
        lot2.recommend(Recommendation.EXTEND, 12, "Obligations met", TODAY, "officer", NOW);
        review.submitRecommendations();
        lot1.decide(true, null, TODAY, "CAB-1", TODAY, "lead", NOW);
        assertThatThrownBy(() -> review.finishDecisions(NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Radcliffe");
        lot2.decide(false, "ECM evidence missing", null, null, TODAY, "lead", NOW);
        assertThat(review.finishDecisions(NOW)).isTrue();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.RECOMMENDING);
        assertThatThrownBy(() -> review.submitRecommendations()).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Radcliffe");
        assertThatThrownBy(() -> lot1.recommend(Recommendation.EXPIRE, null, "x", TODAY, "officer", NOW))
                .isInstanceOf(WrongState.class).hasMessageContaining("approved");
        lot2.recommend(Recommendation.EXTEND, 6, "Evidence supplied", TODAY, "officer", NOW);
        assertThat(lot2.getDecision()).isNull();
        review.submitRecommendations();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.APPROVING);
    }

    @Test
    void theStricterDelegationWins() {
        assertThat(ExtensionApproval.LEAD.or(ExtensionApproval.CABINET)).isEqualTo(ExtensionApproval.CABINET);
        assertThat(ExtensionApproval.LEAD.or(ExtensionApproval.LEAD)).isEqualTo(ExtensionApproval.LEAD);
    }
}
