package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.entity.CriteriaTemplate;
import uk.council.procurement.calloff.entity.CriterionDetails;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Reusable criteria per lot: officers keep them, every member of staff can read them, and a
 * requirement starts its criteria from one (taking a copy). Each change is recorded with who and when.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class CriteriaTemplates {

    public static final String SUBJECT = "CRITERIA_TEMPLATE";
    private static final String WHAT = "Criteria template";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** The templates of a lot (or of every lot), by market, lot and name, with their criteria in one query. */
    public List<TemplateView> list(Long lotId) {
        return em.createQuery("select distinct t from CriteriaTemplate t join fetch t.lot l join fetch l.dps d "
                        + "left join fetch t.criteria where (:lot is null or l.id = :lot)", CriteriaTemplate.class)
                .setParameter("lot", lotId).getResultList().stream().map(CriteriaTemplates::view)
                .sorted(java.util.Comparator.comparing(TemplateView::dpsReference).thenComparing(TemplateView::lotCode)
                        .thenComparing(t -> t.name().toLowerCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public TemplateView find(Long id) {
        return view(load(id));
    }

    /** Who created, changed and deleted the template, and when (kept after it is deleted). */
    public List<HistoryEntry> history(Long id) {
        var entries = id == null ? List.<HistoryEntry>of() : audit.historyOf(SUBJECT, String.valueOf(id));
        if (entries.isEmpty()) {
            throw new RecordNotFound(WHAT, id);
        }
        return entries;
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public TemplateView create(Long lotId, String name, List<CriterionDetails> criteria) {
        if (lotId == null) {
            throw new uk.council.procurement.platform.InvalidInput("lotId", "Choose the lot");
        }
        var lot = em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFound("Lot", lotId);
        }
        var template = new CriteriaTemplate(lot, name, criteria, currentUser.username(), clock.instant());
        refuseSameName(lot, template.getName(), null);
        em.persist(template);
        Versions.flush(em, WHAT, template.getName());
        record(template, "CREATED");
        return view(template);
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public TemplateView change(Long id, long version, String name, List<CriterionDetails> criteria) {
        var template = load(id);
        Versions.expect(template.getVersion(), version, WHAT, id);
        if (name != null && !name.isBlank()) {
            // before the change: the query would flush it, and the unique key would answer first
            refuseSameName(template.getLot(), name, id);
        }
        template.change(name, criteria, currentUser.username(), clock.instant());
        Versions.flush(em, WHAT, id);
        record(template, "CHANGED");
        return view(template);
    }

    /** Deletes a template; requirements raised from it keep their copies. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public void delete(Long id, long version) {
        var template = load(id);
        Versions.expect(template.getVersion(), version, WHAT, id);
        record(template, "DELETED");
        em.remove(template);
        Versions.flush(em, WHAT, id);
    }

    private void refuseSameName(Lot lot, String name, Long except) {
        // the unique key (lot, name in lower case) also stops two at once; this names the clash first
        var same = em.createQuery("select t.id from CriteriaTemplate t where t.lot = :lot and t.nameKey = :key", Long.class)
                .setParameter("lot", lot).setParameter("key", CriteriaTemplate.keyOf(name)).getResultList();
        if (same.stream().anyMatch(other -> !other.equals(except))) {
            throw new WrongState("Lot " + lot.getCode() + " already has a template named \"" + name.strip()
                    + "\": choose another name.");
        }
    }

    private void record(CriteriaTemplate template, String action) {
        var lot = template.getLot();
        decisions.of(SUBJECT, String.valueOf(template.getId()), action).as(Roles.PROCUREMENT_OFFICER)
                .details("\"" + template.getName() + "\" in lot " + lot.getCode() + " of " + lot.getDps().getReference()
                        + ", " + template.getCriteria().size() + (template.getCriteria().size() == 1 ? " criterion" : " criteria"))
                .record();
    }

    private CriteriaTemplate load(Long id) {
        var template = id == null ? null : em.find(CriteriaTemplate.class, id);
        if (template == null) {
            throw new RecordNotFound(WHAT, id);
        }
        return template;
    }

    static TemplateView view(CriteriaTemplate t) {
        var lot = t.getLot();
        return new TemplateView(t.getId(), t.getVersion(), lot.getId(), lot.getDps().getReference(), lot.getCode(),
                lot.getTitle(), t.getName(), CallOffViews.criteria(t.getCriteria()), t.getChangedBy(), t.getChangedAt());
    }
}
