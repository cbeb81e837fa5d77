package uk.council.procurement.dps.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.platform.References;
import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * DPSs and their lots. Procurement officers set them up and change them; everyone signed in reads
 * them, except that providers never see a DPS still in draft.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class DpsRegister {

    public static final String SUBJECT = "DPS";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Decisions decisions;

    @Inject
    Validation validation;

    @Inject
    uk.council.procurement.contracts.control.ContractRegister contractRegister;

    @Inject
    Clock clock;

    public List<DpsSummary> list() {
        LocalDate today = LocalDate.now(clock);
        var query = currentUser.isProvider()
                ? em.createQuery("select distinct d from Dps d left join fetch d.lots where d.status <> :draft "
                        + "order by d.reference", Dps.class).setParameter("draft", DpsStatus.DRAFT)
                : em.createQuery("select distinct d from Dps d left join fetch d.lots order by d.reference", Dps.class);
        return query.getResultStream()
                .map(d -> new DpsSummary(d.getReference(), d.getTitle(), d.getRegime(), d.getRegime().label(),
                        d.getStatus(), d.statusLabelOn(today), d.getTermStart(), d.currentTermEnd(), d.getLots().size(),
                        d.acceptsApplicationsOn(today)))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)); // a mutable list: sortable tables sort it in place
    }

    public DpsView find(String reference) {
        return view(load(reference));
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView create(DpsDetails details) {
        var dps = validation.check(new Dps(details, clock.instant()));
        requireReferenceFree(dps.getReference(), null);
        em.persist(dps);
        decisions.of(SUBJECT, dps.getReference(), "CREATED")
                .details(dps.getTitle() + ", " + dps.getRegime().label() + ", term "
                        + UkFormat.date(dps.getTermStart()) + " to " + UkFormat.date(dps.getTermEnd())).record();
        return view(dps);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView update(String reference, long version, DpsDetails details) {
        var dps = load(reference);
        Versions.expect(dps.getVersion(), version, "DPS", reference);
        requireReferenceFree(details.reference(), dps.getId());
        dps.update(details);
        validation.check(dps);
        Versions.flush(em, "DPS", reference);
        decisions.of(SUBJECT, dps.getReference(), "UPDATED")
                .details("Details and term updated").record();
        contractRegister.followMarket(dps, currentUser.username());
        return view(dps);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView addLot(String reference, LotDetails details) {
        var dps = load(reference);
        var lot = validation.check(dps.addLot(details));
        em.flush();
        decisions.of(SUBJECT, reference, "LOT_ADDED")
                .details(lot.label() + " (" + lot.getEligibility() + ")").record();
        return view(dps);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView updateLot(String reference, Long lotId, long lotVersion, LotDetails details) {
        var dps = load(reference);
        var lot = dps.lot(lotId).orElseThrow(() -> new RecordNotFound("Lot", lotId));
        Versions.expect(lot.getVersion(), lotVersion, "Lot", lot.getCode());
        validation.check(dps.updateLot(lotId, details));
        Versions.flush(em, "Lot", lot.getCode());
        decisions.of(SUBJECT, reference, "LOT_UPDATED")
                .details(lot.label() + " (" + lot.getEligibility() + ")").record();
        return view(dps);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView open(String reference, long version) {
        var dps = load(reference);
        Versions.expect(dps.getVersion(), version, "DPS", reference);
        dps.open(LocalDate.now(clock));
        Versions.flush(em, "DPS", reference);
        decisions.of(SUBJECT, reference, "OPENED")
                .details("Open for applications").record();
        contractRegister.ensureMarket(dps, currentUser.username());
        return view(dps);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public DpsView close(String reference, long version, String reason) {
        var dps = load(reference);
        Versions.expect(dps.getVersion(), version, "DPS", reference);
        reason = uk.council.procurement.platform.Texts.required("reason", reason, 1, "Say why the DPS is closing");
        dps.close();
        Versions.flush(em, "DPS", reference);
        decisions.of(SUBJECT, reference, "CLOSED").because(reason.strip())
                .details("Closed to applications").record();
        return view(dps);
    }

    private Dps load(String reference) {
        var dps = References.find(em, Dps.class, Dps.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound("DPS", reference));
        if (currentUser.isProvider() && dps.getStatus() == DpsStatus.DRAFT) {
            throw new RecordNotFound("DPS", reference);
        }
        return dps;
    }

    /** Checked before the entity changes, so that no flush of the new value can hit the unique index first. */
    private void requireReferenceFree(String reference, Long except) {
        if (reference == null) {
            return;
        }
        boolean taken = em.createQuery("select d.id from Dps d where d.reference = :r", Long.class)
                .setParameter("r", References.normalise(reference)).getResultStream()
                .anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new InvalidInput("reference", "The reference " + reference.trim() + " is already used by another DPS");
        }
    }

    private DpsView view(Dps dps) {
        Map<Long, Long> admitted = dps.getId() == null ? Map.of()
                : em.createQuery("select a.lot.id, count(a) from Admission a where a.lot.dps = :dps group by a.lot.id",
                        Object[].class).setParameter("dps", dps).getResultStream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return DpsView.of(dps, LocalDate.now(clock), admitted);
    }
}
