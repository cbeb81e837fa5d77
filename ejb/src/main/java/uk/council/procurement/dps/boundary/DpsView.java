package uk.council.procurement.dps.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.providers.entity.CqcRating;

/** A DPS with its lots, as screens and the API show it. */
public record DpsView(String reference, long version, String title, String description, Regime regime,
        String regimeLabel, DpsStatus status, String statusLabel, LocalDate termStart, LocalDate termEnd, LocalDate currentTermEnd,
        LocalDate latestPossibleEnd, int extensionOptions, int extensionMonths, int extensionsTaken,
        int evaluationWorkingDays, Integer extendedEvaluationWorkingDays, boolean acceptingApplications,
        List<LotView> lots) {

    public record LotView(Long id, long version, String code, String title, CareSetting careSetting,
            CareCategory careCategory, String zone, Integer maxProviders, CqcRating minimumRating,
            boolean admitInadequateSuspended, long admittedProviders, int qualityWeight,
            java.math.BigDecimal approvalThreshold, int offerHours,
            uk.council.procurement.dps.entity.ExtensionApproval extensionApproval) {

        static LotView of(Lot l, long admitted) {
            return new LotView(l.getId(), l.getVersion(), l.getCode(), l.getTitle(), l.getCareSetting(),
                    l.getCareCategory(), l.getZone(), l.getMaxProviders(), l.getEligibility().getMinimumRating(),
                    l.getEligibility().isAdmitInadequateSuspended(), admitted, l.getQualityWeight(),
                    l.getApprovalThreshold(), l.getOfferHours(), l.getExtensionApproval());
        }

        public String label() {
            return code + " " + title;
        }
    }

    static DpsView of(Dps d, LocalDate today, Map<Long, Long> admittedByLot) {
        var clock = d.getEvaluationClock();
        return new DpsView(d.getReference(), d.getVersion(), d.getTitle(), d.getDescription(), d.getRegime(),
                d.getRegime().label(), d.getStatus(), d.statusLabelOn(today), d.getTermStart(), d.getTermEnd(), d.currentTermEnd(),
                d.latestPossibleEnd(), d.getExtensionOptions(), d.getExtensionMonths(), d.getExtensionsTaken(),
                clock.workingDays(), clock.extendedWorkingDays(), d.acceptsApplicationsOn(today),
                d.getLots().stream().map(l -> LotView.of(l, admittedByLot.getOrDefault(l.getId(), 0L)))
                        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new))); // a mutable list: sortable tables sort it in place
    }
}
