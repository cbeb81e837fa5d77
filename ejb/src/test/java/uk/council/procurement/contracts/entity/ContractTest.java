package uk.council.procurement.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.council.procurement.Ids;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** The term rules at their boundaries, on the Bury care at home contracts and the Staffordshire seed DPS. */
class ContractTest {

    private static final Instant NOW = Instant.parse("2024-06-05T10:00:00Z");
    private static final LocalDate COMMENCED = LocalDate.of(2021, 10, 25);
    private static final LocalDate EXPIRY = LocalDate.of(2024, 10, 24);

    private final Dps framework = Ids.set(new Dps(new DpsDetails("BURY-CAH-2021", "Bury Care at Home", null,
            Regime.PCR_2015_FRAMEWORK, COMMENCED, EXPIRY, 2, 12, 10, 15), NOW), 1L);
    private final ProviderOrganisation provider = Ids.set(new ProviderOrganisation(new OrganisationDetails(
            "Bury East Home Care Ltd", null, "1 Road", null, "Bury", "BL9 7AY", "Ruth", "ruth@example.org", null,
            "1-100000005"), NOW), 5L);

    /** Bury: 25/10/2021 to 24/10/2024, extensions of up to 24 months each, 5 years in all, 3 months' notice. */
    private Contract bury() {
        var contract = Ids.set(new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED, EXPIRY, 24, 2,
                60, 3), "officer", NOW), 51L);
        contract.assignReference();
        return contract;
    }

    private static ContractDetails details(LocalDate commenced, LocalDate expiry, int longest, int count, int total,
            int notice) {
        return new ContractDetails("Care at home, Lot 1", commenced, expiry, longest, count, total, notice,
                new BigDecimal("24.50"), RateUnit.PER_HOUR, new BigDecimal("812000.00"));
    }

    @Test
    void anAgreementIsNumberedByItsCommencementYear() {
        assertThat(bury().getReference()).isEqualTo("FA-2021-00051");
    }

    @Test
    void theNoticeDeadlineIsTheSameDateThreeMonthsBeforeExpiry() {
        var contract = bury();
        assertThat(contract.noticeDeadline()).isEqualTo(LocalDate.of(2024, 7, 24));
        assertThat(contract.latestEnd()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(contract.termMonths()).isEqualTo(36);
    }

    @Test
    void twelveMonthsNotifiedOnTheLastDayEndOn24October2025() {
        var extension = bury().checkExtension(12, LocalDate.of(2024, 7, 24));
        assertThat(extension.newExpiry()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(extension.noticeDeadline()).isEqualTo(LocalDate.of(2024, 7, 24));
    }

    @Test
    void noticeTheDayAfterTheDeadlineIsRefusedNamingTheDates() {
        assertThatThrownBy(() -> bury().checkExtension(12, LocalDate.of(2024, 7, 25)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("had to be given by 24/07/2024")
                .hasMessageContaining("3 months before its expiry on 24/10/2024")
                .hasMessageContaining("25/07/2024 is too late");
    }

    @Test
    void twentyFourMonthsIsTheLongestSingleExtensionAndReachesTheTotalTerm() {
        var contract = bury();
        assertThat(contract.checkExtension(24, LocalDate.of(2024, 7, 1)).newExpiry()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThatThrownBy(() -> contract.checkExtension(25, LocalDate.of(2024, 7, 1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("at most 2 years at a time (asked: 25 months)");
    }

    @Test
    void theTotalTermOfFiveYearsBoundsALaterExtension() {
        var contract = bury();
        contract.extend(12, LocalDate.of(2024, 7, 1), "legal", NOW);
        assertThat(contract.getCurrentExpiry()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(contract.noticeDeadline()).isEqualTo(LocalDate.of(2025, 7, 24));
        assertThat(contract.longestNextExtensionMonths()).isEqualTo(12);
        assertThat(contract.checkExtension(12, LocalDate.of(2025, 7, 24)).newExpiry()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThatThrownBy(() -> contract.checkExtension(13, LocalDate.of(2025, 7, 1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("to 24/11/2026 would pass its longest total term of 5 years from 25/10/2021 (to 24/10/2026)");
    }

    @Test
    void theNumberOfExtensionsIsBounded() {
        var contract = Ids.set(new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED, EXPIRY, 6, 2,
                60, 3), "officer", NOW), 52L);
        contract.assignReference();
        contract.extend(6, LocalDate.of(2024, 7, 1), "legal", NOW);
        contract.extend(6, LocalDate.of(2025, 1, 1), "legal", NOW);
        assertThat(contract.getCurrentExpiry()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(contract.getExtensionsTaken()).isEqualTo(2);
        assertThat(contract.canStillBeExtended()).isFalse();
        assertThatThrownBy(() -> contract.checkExtension(1, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has had the 2 extensions its terms allow");
    }

    @Test
    void aContractWithoutOptionsCannotBeExtended() {
        var contract = new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED, EXPIRY, 12, 0, 36, 3),
                "officer", NOW);
        assertThat(contract.canStillBeExtended()).isFalse();
        assertThatThrownBy(() -> contract.checkExtension(1, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has no option to extend");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void anExtensionIsAtLeastOneMonth(int months) {
        assertThatThrownBy(() -> bury().checkExtension(months, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("at least 1 month");
    }

    /** The corresponding date rule at month ends and in leap years. */
    @ParameterizedTest
    @CsvSource({
            "2024-10-24, 12, 2025-10-24",
            "2019-09-30, 12, 2020-09-30",
            "2023-02-28, 12, 2024-02-29",
            "2024-02-29, 12, 2025-02-28",
            "2024-01-30, 1, 2024-02-29",
            "2024-03-31, 1, 2024-04-30",
            "2024-12-31, 2, 2025-02-28"})
    void aPeriodOfMonthsRunsFromTheDayAfterExpiry(LocalDate expiry, int months, LocalDate newExpiry) {
        assertThat(Contract.extendedBy(expiry, months)).isEqualTo(newExpiry);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-10-24, 3, 2024-07-24",
            "2024-05-31, 3, 2024-02-29",
            "2025-05-30, 3, 2025-02-28",
            "2024-10-24, 0, 2024-10-24",
            "2025-12-31, 6, 2025-06-30"})
    void theNoticeDeadlineFollowsTheCorrespondingDate(LocalDate expiry, int notice, LocalDate deadline) {
        var contract = new Contract(ContractKind.AGREEMENT, framework, provider, details(LocalDate.of(2021, 1, 1), expiry,
                24, 2, 120, notice), "officer", NOW);
        assertThat(contract.noticeDeadline()).isEqualTo(deadline);
    }

    /** The seed DPS: 11/12/2017 to 30/09/2019 with two optional 12-month extensions, a PCR 2015 DPS. */
    @Test
    void theSeedDpsExtendsTwiceByTwelveMonths() {
        var seed = Ids.set(new Dps(new DpsDetails("SCC-CH-DPS-2017", "Staffordshire", null, Regime.PCR_2015_DPS,
                LocalDate.of(2017, 12, 11), LocalDate.of(2019, 9, 30), 2, 12, 10, 15), NOW), 2L);
        var contract = new Contract(ContractKind.MARKET, seed, null, new ContractDetails("Staffordshire Care Home DPS",
                LocalDate.of(2017, 12, 11), LocalDate.of(2019, 9, 30), 12, 2, 46, 3, null, null, null), "officer", NOW);
        assertThat(contract.getReference()).isEqualTo("SCC-CH-DPS-2017");
        assertThat(contract.latestEnd()).isEqualTo(LocalDate.of(2021, 10, 10));
        contract.extend(12, LocalDate.of(2019, 6, 30), "legal", NOW);
        assertThat(contract.getCurrentExpiry()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThatThrownBy(() -> contract.checkExtension(12, LocalDate.of(2020, 7, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("had to be given by 30/06/2020");
        assertThat(contract.extend(12, LocalDate.of(2020, 6, 30), "legal", NOW).newExpiry())
                .isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(contract.canStillBeExtended()).isFalse();
    }

    /** A legacy DPS cannot run past 23/02/2029, whatever its own terms allow. */
    @Test
    void aLegacyDpsStopsAtTheRegimesEnd() {
        var dps = Ids.set(new Dps(new DpsDetails("CH-DPS-2024", "Care Homes", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 1, 12, 10, 15), NOW), 3L);
        var agreement = new Contract(ContractKind.AGREEMENT, dps, provider, details(LocalDate.of(2024, 4, 1),
                LocalDate.of(2028, 3, 31), 24, 1, 120, 3), "officer", NOW);
        assertThat(agreement.longestNextExtensionMonths()).isEqualTo(10);
        assertThat(agreement.checkExtension(10, LocalDate.of(2027, 12, 1)).newExpiry()).isEqualTo(LocalDate.of(2029, 1, 31));
        assertThatThrownBy(() -> agreement.checkExtension(11, LocalDate.of(2027, 12, 1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("to 28/02/2029 would pass 23/02/2029");
        assertThatThrownBy(() -> new Contract(ContractKind.MARKET, dps, null, details(LocalDate.of(2024, 4, 1),
                LocalDate.of(2029, 2, 24), 24, 1, 120, 3), "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot run beyond 23/02/2029");
    }

    @Test
    void aCallOffUnderALegacyDpsMayOutlastIt() {
        var dps = Ids.set(new Dps(new DpsDetails("CH-DPS-2024", "Care Homes", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 1, 12, 10, 15), NOW), 3L);
        var callOff = new Contract(ContractKind.CALL_OFF, dps, provider, details(LocalDate.of(2028, 1, 1),
                LocalDate.of(2029, 12, 31), 12, 1, 36, 1), "officer", NOW);
        assertThat(callOff.checkExtension(12, LocalDate.of(2029, 11, 1)).newExpiry()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void anInitialTermLongerThanTheTotalIsRefused() {
        assertThatThrownBy(() -> new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED,
                LocalDate.of(2026, 10, 25), 24, 2, 60, 3), "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("past its longest total term of 5 years (to 24/10/2026)");
        assertThatThrownBy(() -> new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED,
                COMMENCED.minusDays(1), 24, 2, 60, 3), "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be before commencement");
        // a contract of one day (a block that starts and ends on the same day) is allowed
        assertThat(new Contract(ContractKind.AGREEMENT, framework, provider, details(COMMENCED, COMMENCED, 24, 2, 60, 3),
                "officer", NOW).termMonths()).isZero();
    }

    @Test
    void datesCannotBeCorrectedAfterAnExtension() {
        var contract = bury();
        contract.change(details(COMMENCED, LocalDate.of(2024, 10, 31), 24, 2, 60, 3), "officer", NOW);
        assertThat(contract.getCurrentExpiry()).isEqualTo(LocalDate.of(2024, 10, 31));
        contract.change(details(COMMENCED, EXPIRY, 24, 2, 60, 3), "officer", NOW);
        contract.extend(12, LocalDate.of(2024, 7, 1), "legal", NOW);
        assertThatThrownBy(() -> contract.change(details(COMMENCED, LocalDate.of(2024, 10, 31), 24, 2, 60, 3), "officer", NOW))
                .isInstanceOf(WrongState.class).hasMessageContaining("can no longer be corrected");
        contract.change(details(COMMENCED, EXPIRY, 24, 2, 60, 6), "officer", NOW);
        assertThat(contract.getCurrentExpiry()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(contract.noticeDeadline()).isEqualTo(LocalDate.of(2025, 4, 24));
    }

    @Test
    void aDecisionIsNeededWhenTheNoticeDeadlineFallsInTheWindow() {
        var contract = bury();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2024, 1, 24), LocalDate.of(2024, 7, 24))).isTrue();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2024, 7, 24), LocalDate.of(2025, 1, 24))).isTrue();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2024, 7, 25), LocalDate.of(2025, 1, 25))).isFalse();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2024, 1, 23), LocalDate.of(2024, 7, 23))).isFalse();
        assertThat(contract.statusOn(LocalDate.of(2024, 10, 24))).isEqualTo("Live");
        assertThat(contract.statusOn(LocalDate.of(2024, 10, 25))).isEqualTo("Ended");
        assertThat(contract.statusOn(LocalDate.of(2021, 10, 24))).isEqualTo("Not started");
    }

    @Test
    void aDecisionForTheCurrentExpiryIsNoLongerDueAndAnExtensionMakesTheNextOneDue() {
        var contract = bury();
        contract.recordDecision();
        assertThat(contract.isDecided()).isTrue();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2024, 1, 24), LocalDate.of(2024, 7, 24))).isFalse();
        contract.extend(12, LocalDate.of(2024, 7, 1), "legal", NOW);
        assertThat(contract.isDecided()).isFalse();
        assertThat(contract.needsDecisionBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 7, 24))).isTrue();
    }

    @Test
    void aRateNeedsItsUnit() {
        assertThatThrownBy(() -> new Contract(ContractKind.AGREEMENT, framework, provider, new ContractDetails("x",
                COMMENCED, EXPIRY, 24, 2, 60, 3, BigDecimal.TEN, null, null), "officer", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("an hour or a week");
    }
}
