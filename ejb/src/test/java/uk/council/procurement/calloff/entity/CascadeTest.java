package uk.council.procurement.calloff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.calloff.entity.CarePackage.Recipient;
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

/** The zone rota's weeks and the package's cascade rules: windows, the first acceptance, declines, rounds. */
class CascadeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday
    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 23);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private Lot zone;
    private Lot lot2;
    private ProviderOrganisation a;
    private ProviderOrganisation b;
    private ProviderOrganisation c;

    @BeforeEach
    void setUp() {
        var dps = Ids.set(new Dps(new DpsDetails("CAH-FW-2025", "Care at Home", null, Regime.PCR_2015_FRAMEWORK,
                LocalDate.of(2025, 1, 6), LocalDate.of(2029, 1, 5), 2, 12, 10, 15), now), 1L);
        zone = Ids.set(dps.addLot(LotDetails.of("1-BE", "Lot 1 - Bury East", CareSetting.CARE_AT_HOME, null, "Bury East",
                2, CqcRating.GOOD, false)), 11L);
        lot2 = Ids.set(dps.addLot(LotDetails.of("2", "Lot 2", CareSetting.CARE_AT_HOME, null, null, 15, CqcRating.GOOD,
                false)), 12L);
        dps.open(LocalDate.of(2025, 1, 6));
        a = provider(5L, "Alder Home Care Ltd");
        b = provider(6L, "Birch Home Care Ltd");
        c = provider(7L, "Cedar Home Care Ltd");
    }

    private ProviderOrganisation provider(long id, String name) {
        return Ids.set(new ProviderOrganisation(new OrganisationDetails(name, null, "1 Road", null, "Bury", "BL9 0EJ",
                "Contact", "contact@example.org", null, null), now), id);
    }

    private ZoneRota rota() {
        return new ZoneRota(zone, a, b, THIS_MONDAY, "officer", now);
    }

    private CarePackage carePackage() {
        return Ids.set(new CarePackage(zone, new CarePackageDetails("NHS-1", "Two visits a day", "bl9 0ej", TODAY,
                Urgency.HOSPITAL_DISCHARGE, new BigDecimal("10.50"), new BigDecimal("24.37"), "7 days: 08:00, 18:00"),
                "officer", now, TODAY), 9L);
    }

    @Test
    void theRotaTurnsEveryMondayAndRunsBackwardsFromItsStartToo() {
        var rota = rota();
        assertThat(rota.onDuty(THIS_MONDAY)).isSameAs(a);
        assertThat(rota.onDuty(LocalDate.of(2026, 11, 29))).as("Sunday, same week").isSameAs(a);
        assertThat(rota.onDuty(LocalDate.of(2026, 11, 30))).as("the next Monday").isSameAs(b);
        assertThat(rota.onDuty(LocalDate.of(2026, 12, 7))).isSameAs(a);
        assertThat(rota.onDuty(LocalDate.of(2026, 11, 22))).as("the week before the start").isSameAs(b);
        assertThat(rota.onDuty(LocalDate.of(2027, 1, 1))).as("New Year's Day 2027, week of 28/12/2026").isSameAs(b);
        assertThat(rota.partnerOf(a)).isSameAs(b);
        assertThat(rota.partnerOf(b)).isSameAs(a);
    }

    @Test
    void aSwappedWeekTurnsRoundAloneAndASecondSwapUndoesIt() {
        var rota = rota();
        var next = LocalDate.of(2026, 11, 30);
        assertThat(rota.swap(next, TODAY, "officer", now)).isTrue();
        assertThat(rota.onDuty(next.plusDays(3))).isSameAs(a);
        assertThat(rota.onDuty(next.plusWeeks(1))).as("the week after is as it was").isSameAs(a);
        assertThat(rota.onDuty(next.plusWeeks(2))).isSameAs(b);
        assertThat(rota.swap(next, TODAY, "officer", now)).isFalse();
        assertThat(rota.onDuty(next)).isSameAs(b);
    }

    @Test
    void aRotaNeedsTwoProvidersAMondayAndNoPastSwaps() {
        assertThatThrownBy(() -> new ZoneRota(zone, a, a, THIS_MONDAY, "officer", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("two different");
        assertThatThrownBy(() -> new ZoneRota(zone, a, b, TODAY, "officer", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Monday").hasMessageContaining("27/11/2026 is a Friday");
        assertThatThrownBy(() -> new ZoneRota(lot2, a, b, THIS_MONDAY, "officer", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no zone");
        var rota = rota();
        assertThatThrownBy(() -> rota.swap(THIS_MONDAY.minusWeeks(1), TODAY, "officer", now))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("16/11/2026 has passed");
        assertThatThrownBy(() -> rota.swap(TODAY, TODAY, "officer", now)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Monday");
        assertThatThrownBy(() -> rota.swap(THIS_MONDAY.plusWeeks(ZoneRota.MAX_WEEKS_AHEAD + 1), TODAY, "officer", now))
                .isInstanceOf(RuleViolation.class);
        assertThat(rota.swap(THIS_MONDAY, TODAY, "officer", now)).as("the current week can still turn").isTrue();
    }

    @Test
    void weeklyCostIsHoursTimesRateRoundedHalfUpToThePenny() {
        // 10.50 h x £24.37 = £255.885 -> £255.89
        assertThat(carePackage().weeklyCost()).isEqualByComparingTo("255.89");
        assertThat(carePackage().getPostcode()).isEqualTo("BL9 0EJ");
        // with a schedule: 7 visits of 35 minutes = 245 carer-minutes; hours shown 4.08, cost from the minutes
        var visits = new java.util.ArrayList<VisitDetails>();
        for (var day : java.time.DayOfWeek.values()) {
            visits.add(new VisitDetails(day, java.time.LocalTime.of(9, 0), 1, 35));
        }
        var scheduled = new CarePackage(zone, new CarePackageDetails("NHS-2", null, "BL9 0EJ", TODAY, Urgency.ROUTINE, null,
                new BigDecimal("25.00"), null, visits), "officer", now, TODAY);
        assertThat(scheduled.getWeeklyHours()).isEqualByComparingTo("4.08");
        assertThat(scheduled.weeklyCost()).as("245 min x £25 / 60 = £102.083").isEqualByComparingTo("102.08");
        assertThatThrownBy(() -> new CarePackage(zone, new CarePackageDetails("NHS-3", null, "BL9 0EJ", TODAY,
                Urgency.ROUTINE, new BigDecimal("4.00"), new BigDecimal("25.00"), null, visits), "officer", now, TODAY))
                .isInstanceOf(uk.council.procurement.platform.InvalidInput.class).hasMessageContaining("4.08");
    }

    @Test
    void packagesAreRaisedOnlyInAZoneAndNotForThePast() {
        var details = new CarePackageDetails("NHS-1", null, "BL9 0EJ", TODAY, Urgency.ROUTINE, BigDecimal.TEN,
                BigDecimal.TEN, null);
        assertThatThrownBy(() -> new CarePackage(lot2, details, "officer", now, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not a care-at-home zone");
        var yesterday = new CarePackageDetails("NHS-1", null, "BL9 0EJ", TODAY.minusDays(1), Urgency.ROUTINE,
                BigDecimal.TEN, BigDecimal.TEN, null);
        assertThatThrownBy(() -> new CarePackage(zone, yesterday, "officer", now, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("26/11/2026");
    }

    @Test
    void theFirstAcceptanceWinsAndEveryOtherOpenOfferHasGone() {
        var p = carePackage();
        assertThat(p.stepOver(now)).as("nothing offered yet").isTrue();
        assertThat(p.nextStage()).isEqualTo(CascadeStage.ON_DUTY);
        p.offer(CascadeStage.OPEN, List.of(new Recipient(a, lot2), new Recipient(b, lot2), new Recipient(c, lot2)), now,
                Duration.ofHours(2));
        var offers = p.getOffers();
        assertThat(p.stepOver(now.plusSeconds(7199))).isFalse();
        assertThat(p.stepOver(now.plusSeconds(7200))).as("the window has ended").isTrue();

        p.accept(offers.get(1), "provider-b", now.plusSeconds(60));

        assertThat(p.getStatus()).isEqualTo(PackageStatus.ACCEPTED);
        assertThat(p.getAcceptedProvider()).isSameAs(b);
        assertThat(offers).extracting(PackageOffer::getStatus).containsExactly(PackageOfferStatus.GONE,
                PackageOfferStatus.ACCEPTED, PackageOfferStatus.GONE);
        assertThatThrownBy(() -> p.accept(offers.get(0), "provider-a", now.plusSeconds(61)))
                .isInstanceOf(WrongState.class).hasMessageContaining("another provider accepted it first");
        assertThatThrownBy(() -> p.accept(offers.get(1), "provider-b", now.plusSeconds(61)))
                .isInstanceOf(WrongState.class).hasMessageContaining("you accepted it");
        assertThat(p.stepOver(now.plusSeconds(9999))).as("an accepted package has no step to move").isFalse();
    }

    @Test
    void anAnswerAfterTheWindowIsRefusedAndLeavesTheOfferAsItWas() {
        var p = carePackage();
        p.offer(CascadeStage.ON_DUTY, List.of(new Recipient(a, zone)), now, Duration.ofMinutes(60));
        var offer = p.getOffers().get(0);
        assertThatThrownBy(() -> p.accept(offer, "provider-a", now.plus(Duration.ofMinutes(60))))
                .isInstanceOf(WrongState.class).hasMessageContaining("ended at 27/11/2026 11:00");
        assertThat(offer.getStatus()).isEqualTo(PackageOfferStatus.OFFERED);
        assertThat(p.getStatus()).isEqualTo(PackageStatus.OFFERED);
    }

    @Test
    void theStepsLastDeclineEndsTheStepAndOtherNeedsAReason() {
        var p = carePackage();
        p.offer(CascadeStage.OPEN, List.of(new Recipient(a, lot2), new Recipient(b, lot2)), now, Duration.ofHours(2));
        var offers = p.getOffers();
        assertThatThrownBy(() -> p.decline(offers.get(0), DeclineReason.OTHER, "  ", "provider-a", now))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Say why");
        assertThatThrownBy(() -> p.decline(offers.get(0), null, "busy", "provider-a", now))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> p.decline(offers.get(0), DeclineReason.NO_CAPACITY, "x".repeat(501), "provider-a", now))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("500");
        assertThat(p.decline(offers.get(0), DeclineReason.NO_CAPACITY, null, "provider-a", now)).isFalse();
        assertThat(p.stepOver(now)).isFalse();
        assertThat(p.decline(offers.get(1), DeclineReason.OTHER, "Our only driver is off sick", "provider-b", now))
                .as("the last open offer of the step").isTrue();
        assertThat(p.stepOver(now)).as("every provider declined: no need to wait for the window").isTrue();
        assertThat(offers.get(1).getDeclineText()).isEqualTo("Our only driver is off sick");
    }

    @Test
    void aNewStepLapsesTheLastOnesOpenOffersAndARoundStartsAfresh() {
        var p = carePackage();
        p.offer(CascadeStage.ON_DUTY, List.of(new Recipient(a, zone)), now, Duration.ofMinutes(60));
        p.offer(CascadeStage.PARTNER, List.of(new Recipient(b, zone)), now.plusSeconds(3600), Duration.ofMinutes(30));
        assertThat(p.getOffers().get(0).getStatus()).isEqualTo(PackageOfferStatus.LAPSED);
        assertThat(p.offeredThisRound()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(p.nextStage()).isEqualTo(CascadeStage.OPEN);

        p.escalate();
        assertThat(p.getStatus()).isEqualTo(PackageStatus.ESCALATED);
        assertThat(p.getOffers()).extracting(PackageOffer::getStatus).containsOnly(PackageOfferStatus.LAPSED);
        assertThatThrownBy(() -> p.offer(CascadeStage.OPEN, List.of(), now, Duration.ofHours(1)))
                .isInstanceOf(WrongState.class);

        p.reoffer();
        assertThat(p.getRound()).isEqualTo(2);
        assertThat(p.offeredThisRound()).as("everyone may be offered it again").isEmpty();
        assertThat(p.nextStage()).isEqualTo(CascadeStage.ON_DUTY);
        assertThatThrownBy(p::reoffer).isInstanceOf(WrongState.class);
    }

    @Test
    void cancellingWithdrawsOpenOffersAndEndsAnswers() {
        var p = carePackage();
        p.offer(CascadeStage.ON_DUTY, List.of(new Recipient(a, zone)), now, Duration.ofMinutes(60));
        p.cancel("Person went into hospital again", "officer", now);
        assertThat(p.getOffers().get(0).getStatus()).isEqualTo(PackageOfferStatus.WITHDRAWN);
        assertThatThrownBy(() -> p.accept(p.getOffers().get(0), "provider-a", now)).isInstanceOf(WrongState.class)
                .hasMessageContaining("no longer open");
        assertThatThrownBy(() -> p.cancel("again", "officer", now)).isInstanceOf(WrongState.class);
        assertThatThrownBy(() -> p.arrangeElsewhere("spot", "officer", now)).isInstanceOf(WrongState.class);
    }
}
