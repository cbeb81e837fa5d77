package uk.council.procurement.contracts.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.control.ContractRegister;
import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.KpiDetails;
import uk.council.procurement.contracts.entity.KpiReturn;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Key performance indicators per contract and quarter: procurement and quality officers record and
 * correct them; staff read them; a provider reads its own contracts' only. Each is recorded in the
 * contract's history, and the extension review's evidence reads them.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class Kpis {

    private static final String WHAT = "KPI return";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    ContractRegister register;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    /** The contract's quarters, latest first. */
    public List<KpiView> list(String contractReference) {
        var contract = contract(contractReference);
        return returnsOf(contract).stream().map(Kpis::view).toList();
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public KpiView record(String contractReference, KpiDetails details) {
        var contract = contract(contractReference);
        var d = required(details);
        if (d.financialYear() != null && d.quarter() != null && em.createQuery("select count(k) from KpiReturn k where "
                        + "k.contract = :contract and k.financialYear = :year and k.quarter = :quarter", Long.class)
                .setParameter("contract", contract).setParameter("year", d.financialYear())
                .setParameter("quarter", d.quarter()).getSingleResult() > 0) {
            throw new WrongState(KpiReturn.label(d.financialYear(), Math.max(1, Math.min(4, d.quarter())))
                    + " is already recorded for " + contract.getReference() + ": correct it instead.");
        }
        var kpi = validation.check(new KpiReturn(contract, d, LocalDate.now(clock), currentUser.username(),
                clock.instant()));
        em.persist(kpi);
        Versions.flush(em, WHAT, kpi.label());
        decisions.of(ContractRegister.SUBJECT, contract.getReference(), "KPI_RECORDED").details(describe(kpi)).record();
        return view(kpi);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public KpiView change(String contractReference, long id, long version, KpiDetails details, String reason) {
        var contract = contract(contractReference);
        String why = uk.council.procurement.platform.Texts.required("reason", reason, 1,
                "Say why the figures change (it is kept in the contract's history)");
        var kpi = em.find(KpiReturn.class, id);
        if (kpi == null || !kpi.getContract().getId().equals(contract.getId())) {
            throw new RecordNotFound(WHAT, id);
        }
        Versions.expect(kpi.getVersion(), version, WHAT, kpi.label());
        String before = describe(kpi);
        kpi.change(required(details), LocalDate.now(clock), currentUser.username(), clock.instant());
        validation.check(kpi);
        Versions.flush(em, WHAT, kpi.label());
        decisions.of(ContractRegister.SUBJECT, contract.getReference(), "KPI_CHANGED").because(why)
                .details("Was: " + before + ". Now: " + describe(kpi)).record();
        return view(kpi);
    }

    /** The quarters of a contract, latest first (for the evidence pack too). */
    public List<KpiReturn> returnsOf(Contract contract) {
        return em.createQuery("select k from KpiReturn k where k.contract = :contract "
                + "order by k.financialYear desc, k.quarter desc", KpiReturn.class)
                .setParameter("contract", contract).getResultList();
    }

    private static KpiDetails required(KpiDetails details) {
        if (details == null) {
            throw new InvalidInput("body", "is required");
        }
        return details;
    }

    private Contract contract(String reference) {
        return register.visibleTo(reference, currentUser);
    }

    static String describe(KpiReturn k) {
        var parts = new java.util.ArrayList<String>();
        parts.add(k.label());
        if (k.getVisitsOnTimePercent() != null) {
            parts.add("visits on time " + k.getVisitsOnTimePercent().toPlainString() + "%");
        }
        if (k.getComplaints() != null) {
            parts.add(k.getComplaints() + (k.getComplaints() == 1 ? " complaint" : " complaints"));
        }
        if (k.getStaffTurnoverPercent() != null) {
            parts.add("staff turnover " + k.getStaffTurnoverPercent().toPlainString() + "%");
        }
        if (k.getEcmCompliancePercent() != null) {
            parts.add("call monitoring " + k.getEcmCompliancePercent().toPlainString() + "%");
        }
        return String.join(", ", parts);
    }

    static KpiView view(KpiReturn k) {
        return new KpiView(k.getId(), k.getVersion(), k.getContract().getReference(), k.getFinancialYear(),
                k.getQuarter(), k.label(), k.quarterStart(), k.quarterEnd(), k.getVisitsOnTimePercent(),
                k.getComplaints(), k.getStaffTurnoverPercent(), k.getEcmCompliancePercent(), k.getNote(),
                k.belowTarget(), k.getRecordedBy(), k.getRecordedAt());
    }
}
