package uk.council.procurement.dps.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcRating;

class DpsTest {

    static DpsDetails pcr(LocalDate start, LocalDate end) {
        return new DpsDetails("TEST-DPS", "Test DPS", null, Regime.PCR_2015_DPS, start, end, 2, 12, 10, 15);
    }

    static LotDetails lot(String code) {
        return LotDetails.of(code, "Residential care - Older people", CareSetting.RESIDENTIAL, CareCategory.OLDER_PEOPLE,
                null, null, CqcRating.GOOD, false);
    }

    @Test
    void theStaffordshireTermRunsWithTwoOptionalYears() {
        var dps = new Dps(pcr(LocalDate.of(2017, 12, 11), LocalDate.of(2019, 9, 30)), Instant.now());
        assertThat(dps.currentTermEnd()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(dps.latestPossibleEnd()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void aPcr2015DpsMustPredateTheActAndEndByTheLongstop() {
        assertThatThrownBy(() -> new Dps(pcr(LocalDate.of(2025, 2, 24), LocalDate.of(2027, 1, 1)), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before 24/02/2025");
        new Dps(pcr(LocalDate.of(2025, 2, 23), LocalDate.of(2027, 1, 1)), Instant.now());
        assertThatThrownBy(() -> new Dps(pcr(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 2, 24)), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("23/02/2029");
        new Dps(pcr(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 2, 23)), Instant.now());
    }

    @Test
    void aPcr2015DpsDecidesIn10WorkingDaysExtendableTo15() {
        assertThatThrownBy(() -> new Dps(new DpsDetails("X-1", "X", null, Regime.PCR_2015_DPS, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 1, 1), 0, 12, 15, 20), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reg 34");
        assertThatThrownBy(() -> new Dps(new DpsDetails("X-1", "X", null, Regime.PCR_2015_DPS, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 1, 1), 0, 12, 10, null), Instant.now())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDynamicMarketSetsItsOwnClockButCannotPredateTheAct() {
        var market = new Dps(new DpsDetails("DM-1", "Market", null, Regime.PA_2023_DYNAMIC_MARKET,
                LocalDate.of(2026, 4, 1), LocalDate.of(2030, 3, 31), 0, 12, 20, null), Instant.now());
        assertThat(market.getEvaluationClock().workingDays()).isEqualTo(20);
        assertThat(market.getEvaluationClock().isExtendable()).isFalse();
        assertThatThrownBy(() -> new Dps(new DpsDetails("DM-1", "Market", null, Regime.PA_2023_DYNAMIC_MARKET,
                LocalDate.of(2025, 1, 1), LocalDate.of(2030, 3, 31), 0, 12, 20, null), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot start before 24/02/2025");
        assertThatThrownBy(() -> new Dps(new DpsDetails("DM-1", "Market", null, Regime.PA_2023_DYNAMIC_MARKET,
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 3, 31), 0, 12, 20, 20), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("longer than the standard");
    }

    @Test
    void theTermMustEndAfterItStarts() {
        assertThatThrownBy(() -> new Dps(pcr(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)), Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("must be after term start");
    }

    @Test
    void applicationsAreAcceptedWhileOpenAndWithinTheTerm() {
        var dps = new Dps(pcr(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)), Instant.now());
        assertThatThrownBy(() -> dps.requireAcceptingApplications(LocalDate.of(2026, 11, 26)))
                .isInstanceOf(WrongState.class).hasMessageContaining("not open");
        assertThatThrownBy(() -> dps.open(LocalDate.of(2026, 11, 26))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("at least one lot");
        dps.addLot(lot("R1"));
        dps.open(LocalDate.of(2026, 11, 26));
        dps.requireAcceptingApplications(LocalDate.of(2026, 11, 26));
        dps.requireAcceptingApplications(LocalDate.of(2028, 3, 31));
        assertThatThrownBy(() -> dps.requireAcceptingApplications(LocalDate.of(2028, 4, 1)))
                .isInstanceOf(WrongState.class).hasMessageContaining("closed for applications on 31/03/2028");
        assertThatThrownBy(() -> dps.requireAcceptingApplications(LocalDate.of(2024, 3, 31)))
                .isInstanceOf(WrongState.class).hasMessageContaining("opens for applications on 01/04/2024");
        dps.close();
        assertThat(dps.acceptsApplicationsOn(LocalDate.of(2026, 11, 26))).isFalse();
        assertThatThrownBy(() -> dps.addLot(lot("R2"))).isInstanceOf(WrongState.class);
    }

    @Test
    void lotCodesAreUniqueWithinADps() {
        var dps = new Dps(pcr(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)), Instant.now());
        dps.addLot(lot("r1"));
        assertThat(dps.lotByCode("R1")).isPresent();
        assertThatThrownBy(() -> dps.addLot(lot("R1"))).isInstanceOf(RuleViolation.class).hasMessageContaining("already has a lot R1");
    }

    @Test
    void anOpenDynamicMarketKeepsItsMembershipConditions() {
        var market = new Dps(new DpsDetails("DM-1", "Market", null, Regime.PA_2023_DYNAMIC_MARKET,
                LocalDate.of(2026, 4, 1), LocalDate.of(2030, 3, 31), 0, 12, 20, null), Instant.now());
        var lot = Ids.set(market.addLot(lot("1")), 7L);
        market.open(LocalDate.of(2026, 11, 26));
        var looser = LotDetails.of("1", "Renamed", CareSetting.RESIDENTIAL, CareCategory.OLDER_PEOPLE, null, null,
                CqcRating.REQUIRES_IMPROVEMENT, false);
        assertThatThrownBy(() -> market.updateLot(7L, looser)).isInstanceOf(RuleViolation.class).hasMessageContaining("s 35");
        market.updateLot(7L, LotDetails.of("1", "Renamed", CareSetting.RESIDENTIAL, CareCategory.OLDER_PEOPLE, null, null,
                CqcRating.GOOD, false));
        assertThat(lot.getTitle()).isEqualTo("Renamed");
    }

    @Test
    void referenceAndLotCodesAreFixedOnceOpenAndAnOpenDpsPastItsTermShowsAsEnded() {
        var dps = new Dps(pcr(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)), Instant.now());
        var lot = Ids.set(dps.addLot(lot("R1")), 7L);
        dps.update(new DpsDetails("TEST-DPS-2", "Test DPS", null, Regime.PCR_2015_DPS, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 6, 30), 2, 12, 10, 15));
        dps.updateLot(lot.getId(), lot("R1A"));
        dps.open(LocalDate.of(2024, 1, 2));

        assertThatThrownBy(() -> dps.update(new DpsDetails("OTHER", "Test DPS", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30), 2, 12, 10, 15)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> dps.updateLot(lot.getId(), lot("R9"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("code of lot R1A");
        dps.update(new DpsDetails("test-dps-2", "Renamed", null, Regime.PCR_2015_DPS, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 6, 30), 2, 12, 10, 15));
        assertThat(dps.getTitle()).isEqualTo("Renamed");

        assertThat(dps.statusLabelOn(LocalDate.of(2026, 6, 30))).isEqualTo("Open");
        assertThat(dps.statusLabelOn(LocalDate.of(2026, 7, 1))).isEqualTo("Ended");
        assertThat(dps.acceptsApplicationsOn(LocalDate.of(2026, 7, 1))).isFalse();
    }
}
