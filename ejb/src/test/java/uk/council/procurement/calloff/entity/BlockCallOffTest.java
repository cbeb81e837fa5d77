package uk.council.procurement.calloff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/** A block's capacity on every day of a stay: overlapping stays, stays ended early, the block's period. */
class BlockCallOffTest {

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

    private BlockCallOff block(int places) {
        return new BlockCallOff(lot, provider, "1-101000001", "Irwell Valley House", "Respite beds",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), places, new BigDecimal("980.00"), "officer", now, TODAY);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aPlaceIsFreeOnlyIfItIsFreeOnEveryDayOfTheStay() {
        var block = block(2);
        block.place("NHS-1", d("2026-12-01"), d("2026-12-14"), "officer", now, TODAY);
        block.place("NHS-2", d("2026-12-10"), d("2026-12-20"), "officer", now, TODAY);
        assertThat(block.inUse(d("2026-12-12"))).isEqualTo(2);
        assertThat(block.inUse(d("2026-12-15"))).isEqualTo(1);
        // 10-14 December are full: a stay touching them is refused, naming the first full day
        assertThatThrownBy(() -> block.place("NHS-3", d("2026-12-05"), d("2026-12-11"), "officer", now, TODAY))
                .isInstanceOf(WrongState.class).hasMessageContaining("full on 10/12/2026");
        // the day after NHS-1 leaves, its place is free
        block.place("NHS-3", d("2026-12-15"), d("2026-12-31"), "officer", now, TODAY);
        assertThat(block.peakUse(d("2026-12-01"), d("2027-03-31"))).isEqualTo(new BlockCallOff.Use(d("2026-12-10"), 2));
        assertThatThrownBy(() -> block.place("NHS-4", d("2026-12-16"), d("2026-12-16"), "officer", now, TODAY))
                .isInstanceOf(WrongState.class).hasMessageContaining("16/12/2026");
        block.place("NHS-4", d("2026-12-21"), d("2026-12-31"), "officer", now, TODAY);
    }

    @Test
    void aStayEndedEarlyFreesItsPlaceFromTheDayAfter() {
        var block = block(1);
        var stay = block.place("NHS-1", d("2026-12-01"), d("2026-12-31"), "officer", now, TODAY);
        assertThatThrownBy(() -> block.place("NHS-2", d("2026-12-20"), d("2026-12-24"), "officer", now, TODAY))
                .isInstanceOf(WrongState.class);
        stay.end(d("2026-12-19"), "Went home early", "officer", TODAY);
        block.place("NHS-2", d("2026-12-20"), d("2026-12-24"), "officer", now, TODAY);
        assertThat(block.inUse(d("2026-12-19"))).isEqualTo(1);
        assertThat(block.inUse(d("2026-12-20"))).isEqualTo(1);
        assertThatThrownBy(() -> stay.end(d("2026-12-18"), "again", "officer", TODAY)).isInstanceOf(WrongState.class);
    }

    @Test
    void aStayCancelledBeforeItBeganTakesNoPlace() {
        var block = block(1);
        var stay = block.place("NHS-1", d("2026-12-05"), d("2026-12-10"), "officer", now, TODAY);
        stay.end(d("2026-12-04"), "Not needed", "officer", TODAY);
        assertThat(block.inUse(d("2026-12-05"))).isZero();
        assertThatThrownBy(() -> block.place("NHS-2", d("2026-12-05"), d("2026-12-10"), "officer", now, TODAY)
                .end(d("2026-12-10"), "x", "officer", TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("before the stay's last day");
    }

    @Test
    void staysLieWithinTheBlockAndStartTodayOrLater() {
        var block = block(3);
        assertThatThrownBy(() -> block.place("NHS-1", d("2026-11-30"), d("2026-12-03"), "officer", now, TODAY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("01/12/2026 to 31/03/2027");
        assertThatThrownBy(() -> block.place("NHS-1", d("2027-03-30"), d("2027-04-01"), "officer", now, TODAY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> block.place("NHS-1", d("2026-12-10"), d("2026-12-09"), "officer", now, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("toDate");
        assertThatThrownBy(() -> block.place("NHS-1", d("2026-12-10"), d("9999-12-31"), "officer", now, TODAY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> block.place("NHS-1", null, d("2026-12-09"), "officer", now, d("2026-12-01")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("fromDate");
        assertThatThrownBy(() -> block.place("NHS-1", d("2026-12-01"), d("2026-12-09"), "officer", now, d("2026-12-02")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("today");
    }

    @Test
    void aBlockLiesWithinTheMarketsTermAndItsDatesAreInOrder() {
        assertThatThrownBy(() -> new BlockCallOff(lot, provider, "1-101000001", "House", "Respite", d("2028-03-01"),
                d("2028-04-30"), 2, BigDecimal.TEN, "officer", now, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("31/03/2028");
        assertThatThrownBy(() -> new BlockCallOff(lot, provider, "1-101000001", "House", "Respite", d("2027-03-01"),
                d("2027-02-28"), 2, BigDecimal.TEN, "officer", now, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("endDate");
        assertThatThrownBy(() -> new BlockCallOff(lot, provider, "1-101000001", "House", "Respite", d("2026-01-01"),
                d("2026-11-26"), 2, BigDecimal.TEN, "officer", now, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("past");
        assertThatThrownBy(() -> new BlockCallOff(lot, provider, "1-101000001", "House", "Respite", d("2026-12-01"),
                d("2026-12-31"), null, BigDecimal.TEN, "officer", now, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("places");
    }
}
