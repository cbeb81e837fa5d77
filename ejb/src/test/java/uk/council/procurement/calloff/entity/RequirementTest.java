package uk.council.procurement.calloff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** The requirement's criteria rules, the answers an offer must give, and the award's states. */
class RequirementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private Lot lot;
    private ProviderOrganisation provider;

    @BeforeEach
    void setUp() {
        var dps = Ids.set(new Dps(new DpsDetails("CH-DPS-2024", "Care Homes", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 0, 12, 10, 15), now), 1L);
        lot = Ids.set(dps.addLot(LotDetails.of("R1", "Residential", CareSetting.RESIDENTIAL, CareCategory.OLDER_PEOPLE,
                null, null, CqcRating.REQUIRES_IMPROVEMENT, true)), 11L);
        dps.open(TODAY);
        provider = Ids.set(new ProviderOrganisation(new OrganisationDetails("Irwell Valley Care Ltd", null, "1 Road", null,
                "Bury", "BL8 2RZ", "Anna", "anna@example.org", null, "1-100000001"), now), 5L);
    }

    private static final List<CriterionDetails> CRITERIA = List.of(
            new CriterionDetails(CriterionKind.MUST_HAVE, "Ground-floor room", null),
            new CriterionDetails(CriterionKind.CAPABILITY, "Dementia-trained staff", 30),
            new CriterionDetails(CriterionKind.QUESTION, "How will you keep the person connected?", 10));

    private Requirement requirement(List<CriterionDetails> criteria) {
        return Ids.set(new Requirement(lot, new RequirementDetails("NHS-1", null, "BL9 0EJ", TODAY.plusDays(3),
                Urgency.ROUTINE, new BigDecimal("950.00"), now.plus(Duration.ofHours(24)), criteria), "officer", now), 7L);
    }

    private Invitation invited(Requirement requirement, long id) {
        return Ids.set(new Invitation(requirement, provider, "Irwell", "1-10" + id, "House " + id, CqcRating.GOOD, now), id);
    }

    private static List<AnswerDetails> answers(boolean meets, CapabilityLevel level, String text) {
        return List.of(new AnswerDetails(meets, null, null), new AnswerDetails(null, level, null),
                new AnswerDetails(null, null, text));
    }

    private Requirement within(Lot in, Integer km) {
        return Ids.set(new Requirement(in, new RequirementDetails("NHS-1", null, "bl9 0ej", TODAY.plusDays(3),
                Urgency.ROUTINE, new BigDecimal("950.00"), now.plus(Duration.ofHours(24)), List.of(), km), "officer", now), 8L);
    }

    @Test
    void aDistanceIsKeptWithThePointItWasMeasuredFromOrTheReasonItCouldNotBe() {
        var found = within(lot, 10);
        found.issue("officer", now, TODAY, PostcodePoint.at(new BigDecimal("53.5933"), new BigDecimal("-2.2966")));
        assertThat(found.isDistanceApplied()).isTrue();
        assertThat(found.getOriginLatitude()).isEqualByComparingTo("53.593300");
        assertThat(found.getDistanceNote()).isEqualTo("Within 10 km of BL9 0EJ");

        var unknown = within(lot, 10);
        unknown.issue("officer", now, TODAY, PostcodePoint.failed("the postcode service does not know BL9 0EJ"));
        assertThat(unknown.isDistanceApplied()).as("the whole lot, not nobody").isFalse();
        assertThat(unknown.getDistanceNote()).startsWith("No distance filter: the postcode service does not know BL9 0EJ")
                .endsWith("every eligible location in the lot was invited");

        var whole = within(lot, null);
        whole.issue("officer", now, TODAY, null);
        assertThat(whole.isDistanceApplied()).isFalse();
        assertThat(whole.getDistanceNote()).isNull();
    }

    @Test
    void aDistanceIsForCareHomesOnly() {
        var atHome = Ids.set(lot.getDps().addLot(LotDetails.of("H1", "Care at home", CareSetting.CARE_AT_HOME,
                CareCategory.OLDER_PEOPLE, null, null, CqcRating.REQUIRES_IMPROVEMENT, true)), 12L);
        assertThatThrownBy(() -> within(atHome, 5)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("maxDistanceKm"));
        assertThat(within(atHome, null).getMaxDistanceKm()).isNull();
    }

    @Test
    void distancesAreGreatCircleKilometresToOnePlace() {
        // Bury town centre to Manchester Piccadilly: about 13 km
        assertThat(uk.council.procurement.calloff.control.PostcodeLocations.kilometres(new BigDecimal("53.5933"),
                new BigDecimal("-2.2966"), new BigDecimal("53.4774"), new BigDecimal("-2.2309"))).isEqualByComparingTo("13.6");
        assertThat(uk.council.procurement.calloff.control.PostcodeLocations.kilometres(BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE)).isEqualByComparingTo("0.0");
    }

    @Test
    void criteriaAreCheckedOneByOneNamingTheField() {
        var tooMany = new ArrayList<>(Collections.nCopies(31, new CriterionDetails(CriterionKind.MUST_HAVE, "x", null)));
        assertThatThrownBy(() -> requirement(tooMany)).isInstanceOf(InvalidInput.class).hasMessageContaining("at most 30");
        assertThatThrownBy(() -> requirement(List.of(new CriterionDetails(null, "x", null))))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field())
                        .isEqualTo("criteria[0].kind"));
        assertThatThrownBy(() -> requirement(List.of(CRITERIA.get(0), new CriterionDetails(CriterionKind.QUESTION, "  ", 5))))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field())
                        .isEqualTo("criteria[1].text"));
        assertThatThrownBy(() -> requirement(List.of(new CriterionDetails(CriterionKind.MUST_HAVE, "x".repeat(501), null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("500");
        for (Integer weight : new Integer[] {null, 0, 101, -5}) {
            assertThatThrownBy(() -> requirement(List.of(new CriterionDetails(CriterionKind.CAPABILITY, "x", weight))))
                    .as("weight %s", weight).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("criteria[0].weight"));
        }
        var ok = requirement(List.of(new CriterionDetails(CriterionKind.MUST_HAVE, " Hoist ", 50),
                new CriterionDetails(CriterionKind.QUESTION, "Q", 100), new CriterionDetails(CriterionKind.CAPABILITY, "C", 1)));
        assertThat(ok.getCriteria()).extracting(Criterion::getText).containsExactly("Hoist", "Q", "C");
        assertThat(ok.getCriteria().get(0).getWeight()).as("a must-have carries no weight").isNull();
    }

    @Test
    void anOfferAnswersEveryCriterionWithTheRightKindOfAnswer() {
        var requirement = requirement(CRITERIA);
        requirement.issue("officer", now, TODAY, null);
        var invitation = invited(requirement, 21L);
        var start = TODAY.plusDays(3);
        var price = new BigDecimal("900.00");

        assertThatThrownBy(() -> invitation.offer(price, start, null, List.of(), "p", now))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("3 criteria");
        assertThatThrownBy(() -> invitation.offer(price, start, null, List.of(new AnswerDetails(null, CapabilityLevel.FULLY,
                null), new AnswerDetails(null, CapabilityLevel.FULLY, null), new AnswerDetails(null, null, "x")), "p", now))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("answers[0].meets"));
        assertThatThrownBy(() -> invitation.offer(price, start, null, answers(true, CapabilityLevel.FULLY, " "), "p", now))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("answers[2].text"));
        assertThatThrownBy(() -> invitation.offer(price, start, null, answers(true, CapabilityLevel.FULLY, "x".repeat(4001)),
                "p", now)).isInstanceOf(InvalidInput.class).hasMessageContaining("4000");
        assertThat(invitation.getStatus()).as("a refused offer changes nothing").isEqualTo(InvitationStatus.INVITED);

        invitation.offer(price, start, null, answers(false, CapabilityLevel.PARTLY, " Our answer "), "p", now);
        assertThat(invitation.getAnswers()).hasSize(3);
        assertThat(invitation.getAnswers().get(0).getMeets()).as("a 'no' is taken; the evaluation excludes it").isFalse();
        assertThat(invitation.getAnswers().get(2).getText()).isEqualTo("Our answer");
        assertThatThrownBy(() -> invitation.mark(2, 4, "officer", now)).as("no marking before offers close")
                .isInstanceOf(WrongState.class);
    }

    @Test
    void theAwardIsProposedApprovedByAnotherAndConfirmedOrDeclined() {
        var requirement = requirement(CRITERIA);
        requirement.issue("chris", now, TODAY, null);
        var a = invited(requirement, 21L);
        var b = invited(requirement, 22L);
        a.offer(new BigDecimal("1000.00"), TODAY.plusDays(3), null, answers(true, CapabilityLevel.FULLY, "A"), "pa", now);
        b.offer(new BigDecimal("800.00"), TODAY.plusDays(3), null, answers(true, CapabilityLevel.FULLY, "B"), "pb", now);
        requirement.closeOffers(now.plus(Duration.ofHours(25)));
        assertThat(requirement.getQualityWeight()).as("the lot's weighting, kept from issue").isEqualTo(60);
        assertThat(requirement.effectiveApprovalThreshold()).isEqualByComparingTo("60000.00");

        a.mark(2, 5, "chris", now);
        assertThatThrownBy(() -> a.mark(1, 5, "chris", now)).isInstanceOf(InvalidInput.class); // a capability
        assertThatThrownBy(() -> a.mark(2, 6, "chris", now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> a.mark(7, 1, "chris", now)).isInstanceOf(InvalidInput.class);
        assertThat(a.getAnswers().get(2).getMark()).isEqualTo(5);
        assertThat(a.getAnswers().get(2).getMarkedBy()).isEqualTo("chris");

        requirement.proposeAward(a, null, new BigDecimal("52140.00"), true, "chris", now);
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> requirement.approveAward("chris", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("another commissioning lead");
        assertThatThrownBy(() -> a.confirmAward("pa", now)).as("not before approval").isInstanceOf(WrongState.class);
        requirement.approveAward("lead", now);
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.AWAITING_CONFIRMATION);
        assertThatThrownBy(() -> b.confirmAward("pb", now)).as("only the winner").isInstanceOf(WrongState.class);

        a.declineAward("Room taken", "pa", now);
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.EVALUATION);
        assertThat(requirement.getAward()).isNull();
        assertThat(a.getStatus()).isEqualTo(InvitationStatus.AWARD_DECLINED);
        assertThatThrownBy(() -> requirement.proposeAward(a, null, BigDecimal.ONE, false, "chris", now))
                .as("a declined award cannot be proposed again").isInstanceOf(WrongState.class);

        requirement.proposeAward(b, "A declined", new BigDecimal("41712.00"), false, "chris", now);
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.AWAITING_CONFIRMATION);
        b.confirmAward("pb", now);
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.AWARDED);
        assertThat(b.getStatus()).isEqualTo(InvitationStatus.AWARDED);
        var contract = new CallOffContract(requirement, now);
        assertThat(contract.getWeeklyPrice()).isEqualByComparingTo("800.00");
        assertThat(contract.getAnnualValue()).isEqualByComparingTo("41712.00");
        assertThatThrownBy(() -> requirement.cancel("too late", "officer", now)).isInstanceOf(WrongState.class);
        assertThatThrownBy(() -> requirement.endWithoutAward("x", "officer", now)).isInstanceOf(WrongState.class);
    }

    @Test
    void aWinnerAnswersByItsTimeOrTheAwardLapses() {
        var requirement = requirement(List.of());
        requirement.issue("chris", now, TODAY, null);
        var a = invited(requirement, 21L);
        var b = invited(requirement, 22L);
        a.offer(new BigDecimal("900.00"), TODAY.plusDays(3), null, List.of(), "pa", now);
        b.offer(new BigDecimal("950.00"), TODAY.plusDays(3), null, List.of(), "pb", now);
        var closed = now.plus(Duration.ofHours(25));
        requirement.closeOffers(closed);
        assertThatThrownBy(() -> requirement.awaitAnswerUntil(closed)).as("no award yet").isInstanceOf(WrongState.class);
        requirement.proposeAward(a, null, new BigDecimal("46926.00"), false, "chris", closed);
        var due = closed.plus(Duration.ofHours(30));
        requirement.awaitAnswerUntil(due);

        assertThatThrownBy(() -> a.confirmAward("pa", due)).as("at the time itself").isInstanceOf(WrongState.class)
                .hasMessageContaining("ended");
        assertThatThrownBy(() -> a.declineAward("x", "pa", due.plusSeconds(1))).isInstanceOf(WrongState.class);
        a.lapseAward(due.plusSeconds(5));
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.EVALUATION);
        assertThat(requirement.getConfirmBy()).isNull();
        assertThat(a.getStatus()).isEqualTo(InvitationStatus.AWARD_DECLINED);
        assertThat(a.getAwardAnsweredBy()).isEqualTo("system");
        assertThat(a.getAwardDeclineReason()).startsWith("No answer by ");
        assertThatThrownBy(() -> a.lapseAward(due.plusSeconds(9))).as("once").isInstanceOf(WrongState.class);

        requirement.proposeAward(b, "A did not answer", new BigDecimal("49533.00"), false, "chris", due);
        requirement.awaitAnswerUntil(due.plus(Duration.ofHours(24)));
        b.confirmAward("pb", due.plus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.AWARDED);
    }

    @Test
    void cancellingDuringTheAwardTakesTheAwardWithIt() {
        var requirement = requirement(List.of());
        requirement.issue("officer", now, TODAY, null);
        var a = invited(requirement, 21L);
        a.offer(new BigDecimal("700.00"), TODAY.plusDays(3), null, List.of(), "pa", now);
        requirement.closeOffers(now.plus(Duration.ofHours(25)));
        requirement.proposeAward(a, null, new BigDecimal("36498.00"), false, "officer", now);

        requirement.cancel("The person moved to family care", "officer", now);

        assertThat(requirement.getStatus()).isEqualTo(RequirementStatus.CANCELLED);
        assertThat(requirement.getAward()).isNull();
        assertThatThrownBy(() -> a.confirmAward("pa", now)).isInstanceOf(WrongState.class);
    }
}
