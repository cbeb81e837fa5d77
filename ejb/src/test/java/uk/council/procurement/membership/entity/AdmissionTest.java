package uk.council.procurement.membership.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.providers.entity.Records;

class AdmissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private ProviderOrganisation provider;
    private CqcLocation home;
    private Lot lot;

    @BeforeEach
    void setUp() {
        var dps = Ids.set(new Dps(new DpsDetails("CH-DPS-2024", "Care Homes", null, Regime.PCR_2015_DPS,
                LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 0, 12, 10, 15), now), 1L);
        lot = Ids.set(dps.addLot(LotDetails.of("R1", "Residential", CareSetting.RESIDENTIAL, CareCategory.OLDER_PEOPLE,
                null, null, CqcRating.REQUIRES_IMPROVEMENT, true)), 11L);
        provider = provider("Irwell Valley Care Ltd", "1-100000001", 5L);
        home = Ids.set(provider.addLocation(Records.location("1-101000001", "1-100000001", CqcRating.GOOD,
                LocalDate.of(2025, 3, 14), CareSetting.RESIDENTIAL.cqcServiceType()), RatingSource.CQC_SYNC, "s", now), 51L);
    }

    private ProviderOrganisation provider(String name, String cqcId, long id) {
        return Ids.set(new ProviderOrganisation(new OrganisationDetails(name, null, "1 Road", null, "Bury", "BL8 2RZ",
                "Grace", "grace@example.org", null, cqcId), now), id);
    }

    @Test
    void anAdmissionCoversTheEvaluatedLocationsAndIsActive() {
        var admission = new Admission(provider, lot, null, AdmissionOutcome.ADMIT, null, List.of(home), TODAY, "system");
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.ACTIVE);
        assertThat(admission.covers(home)).isTrue();
    }

    @Test
    void admittedSuspendedNeedsALeadToLift() {
        var admission = new Admission(provider, lot, null, AdmissionOutcome.ADMIT_SUSPENDED,
                "Rated Inadequate on 05/08/2026", List.of(home), TODAY, "system");
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.SUSPENDED);
        assertThat(admission.isLiftingNeedsLead()).isTrue();
        assertThat(admission.getSuspendedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> admission.lift(false, "Re-inspected: Good")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("commissioning lead");
        assertThatThrownBy(() -> admission.lift(true, "short")).isInstanceOf(InvalidInput.class);
        admission.lift(true, "Re-inspected: Good");
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.ACTIVE);
        assertThat(admission.getSuspensionReason()).isNull();
        assertThatThrownBy(() -> admission.lift(true, "Re-inspected: Good")).isInstanceOf(WrongState.class);
    }

    @Test
    void anOfficersSuspensionWithoutLeadApprovalCanBeLiftedByTheOfficer() {
        var admission = new Admission(provider, lot, null, AdmissionOutcome.ADMIT, null, List.of(home), TODAY, "system");
        admission.suspend("Safeguarding enquiry open", TODAY, "officer", false);
        admission.lift(false, "Enquiry closed, no concerns");
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.ACTIVE);
    }

    @Test
    void aSuspensionNeedsAReasonOfSensibleLength() {
        var admission = new Admission(provider, lot, null, AdmissionOutcome.ADMIT, null, List.of(home), TODAY, "system");
        assertThatThrownBy(() -> admission.suspend("short", TODAY, "officer", false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> admission.suspend("x".repeat(2001), TODAY, "officer", false)).isInstanceOf(InvalidInput.class);
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.ACTIVE);
    }

    @Test
    void anAdmissionCannotCoverAnotherOrganisationsLocation() {
        var other = provider("Elton Manor Care Ltd", "1-100000003", 6L);
        var theirs = Ids.set(other.addLocation(Records.location("1-101000004", "1-100000003", CqcRating.OUTSTANDING,
                LocalDate.of(2025, 3, 14), CareSetting.RESIDENTIAL.cqcServiceType()), RatingSource.CQC_SYNC, "s", now), 52L);
        var admission = new Admission(provider, lot, null, AdmissionOutcome.ADMIT, null, List.of(home), TODAY, "system");
        assertThatThrownBy(() -> admission.cover(theirs)).isInstanceOf(RuleViolation.class);
        assertThat(admission.getLocations()).containsExactly(home);
    }
}
