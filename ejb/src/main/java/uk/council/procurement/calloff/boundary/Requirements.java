package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.control.CallOffWorkflow;
import uk.council.procurement.calloff.control.PostcodeLocations;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementDetails;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.Search;
import uk.council.procurement.platform.Texts;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Requirements as council staff handle them: an officer raises one in a lot and issues it to every
 * location eligible at that moment (the list is kept as it was); offers stay sealed here, for
 * screens and API alike, until the deadline has passed or every invited location has answered.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class Requirements {

    public static final String SUBJECT = "REQUIREMENT";
    private static final String WHAT = "Requirement";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    Admissions admissions;

    @Inject
    Decisions decisions;

    @Inject
    Validation validation;

    @Inject
    CallOffWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    PostcodeLocations postcodes;

    @EJB
    uk.council.procurement.audit.boundary.AuditTrail audit;

    /** Raises a draft requirement in a lot; nothing is sent until it is issued. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView raise(Long lotId, RequirementDetails details) {
        if (lotId == null) {
            throw new InvalidInput("lotId", "Lot is required");
        }
        if (details == null) {
            throw new InvalidInput("", "Describe the requirement");
        }
        var lot = em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFound("Lot", lotId);
        }
        checkDeadline(details);
        var requirement = validation.check(new Requirement(lot, details, currentUser.username(), clock.instant()));
        em.persist(requirement);
        requirement.assignReference(LocalDate.now(clock).getYear());
        em.flush();
        decisions.of(SUBJECT, requirement.getReference(), "RAISED").as(Roles.PROCUREMENT_OFFICER)
                .details("Lot " + lot.getCode() + " of " + lot.getDps().getReference() + ", " + requirement.getPostcode()
                        + ", from " + UkFormat.date(requirement.getStartDate()) + ", offers by "
                        + UkFormat.dateTime(requirement.getOfferDeadline()))
                .record();
        return CallOffViews.requirement(requirement, clock.instant());
    }

    /** Changes a draft. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView change(String reference, long version, RequirementDetails details) {
        if (details == null) {
            throw new InvalidInput("", "Describe the requirement");
        }
        checkDeadline(details);
        var requirement = load(reference);
        requirement.change(details);
        validation.check(requirement);
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        return CallOffViews.requirement(requirement, clock.instant());
    }

    /**
     * Sends the requirement to every provider location eligible in its lot now (membership's
     * eligibility query: active admission, the location covered by it, registered with CQC, rated as
     * the lot's policy allows, offering the lot's kind of care). Nobody else is included, and the list
     * does not change afterwards. The call-off process starts; its timer closes offers at the deadline.
     */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView issue(String reference, long version) {
        var requirement = load(reference);
        var now = clock.instant();
        // the postcode is looked up before any row is written (a slow service holds no lock); failing, the whole lot
        var origin = requirement.getMaxDistanceKm() == null ? null : postcodes.locate(requirement.getPostcode());
        requirement.issue(currentUser.username(), now, LocalDate.now(clock), origin);
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        // the version-checked update first: of two issues at once, the second is refused as a concurrent change
        Versions.flush(em, WHAT, reference);
        var near = requirement.isDistanceApplied() ? new Admissions.Near(requirement.getOriginLatitude(),
                requirement.getOriginLongitude(), requirement.getMaxDistanceKm()) : null;
        var seen = new java.util.HashSet<String>(); // a location once, whatever the admissions say
        var eligible = admissions.eligibleLocations(requirement.getLot().getId(), near).stream()
                .filter(l -> seen.add(l.locationId())).toList();
        if (eligible.isEmpty()) {
            throw new RuleViolation("No provider location is eligible in lot " + requirement.getLot().getCode()
                    + (near == null ? "" : " within " + near.km() + " km of " + requirement.getPostcode())
                    + " today, so nobody would receive " + reference + "."
                    + (near == null ? "" : " Widen the distance or leave it empty to send it to the whole lot."));
        }
        for (var location : eligible) {
            var invitation = new Invitation(requirement, em.getReference(ProviderOrganisation.class, location.providerId()),
                    location.providerName(), location.locationId(), location.locationName(), location.rating(), now);
            if (requirement.getOriginLatitude() != null && location.latitude() != null && location.longitude() != null) {
                invitation.measuredAt(PostcodeLocations.kilometres(requirement.getOriginLatitude(),
                        requirement.getOriginLongitude(), location.latitude(), location.longitude()));
            }
            em.persist(invitation);
        }
        Versions.flush(em, WHAT, reference);
        var providers = eligible.stream().map(l -> l.providerId()).distinct().toList();
        var decision = decisions.of(SUBJECT, reference, "ISSUED").as(Roles.PROCUREMENT_OFFICER)
                .details("Sent to " + eligible.size() + (eligible.size() == 1 ? " location" : " locations") + " of "
                        + providers.size() + (providers.size() == 1 ? " provider" : " providers") + "; offers by "
                        + UkFormat.dateTime(requirement.getOfferDeadline())
                        + (requirement.getDistanceNote() == null ? "" : ". " + requirement.getDistanceNote()));
        for (Long provider : providers) {
            decision.tellProvider(provider, reference, "New requirement " + reference + " in lot "
                    + requirement.getLot().getCode() + " (" + requirement.getPostcode() + ", from "
                    + UkFormat.date(requirement.getStartDate()) + "): offers by "
                    + UkFormat.dateTime(requirement.getOfferDeadline()) + ".");
        }
        decision.record();
        workflow.start(requirement);
        return CallOffViews.requirement(requirement, now);
    }

    /** Cancels a requirement, with the reason; invited providers are told and their invitations end. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView cancel(String reference, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why the requirement is cancelled");
        var requirement = load(reference);
        boolean wasIssued = requirement.getIssuedAt() != null;
        requirement.cancel(why, currentUser.username(), clock.instant());
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        var decision = decisions.of(SUBJECT, reference, "CANCELLED").as(Roles.PROCUREMENT_OFFICER).because(why);
        requirement.getInvitations().stream().map(i -> i.getProvider().getId()).distinct()
                .forEach(p -> decision.tellProvider(p, reference, "Requirement " + reference + " was cancelled: " + why));
        decision.record();
        if (wasIssued) {
            workflow.cancel(requirement);
        }
        return CallOffViews.requirement(requirement, clock.instant());
    }

    public RequirementView find(String reference) {
        var requirement = load(reference);
        String contract = em.createQuery("select c.reference from CallOffContract c where c.requirement = :r", String.class)
                .setParameter("r", requirement).getResultStream().findFirst().orElse(null);
        return CallOffViews.requirement(requirement, clock.instant(), contract);
    }

    /**
     * Requirements, newest first, optionally of one status and matching a text (reference, person's
     * reference, postcode, lot); with how many locations were invited and have answered, counted in one
     * query for the page (the invitations themselves are not loaded).
     */
    public Page<RequirementSummary> list(String text, RequirementStatus status, int first, int max) {
        Search.page(first, max);
        Search.text(text);
        String like = Search.contains(text);
        var clauses = new java.util.ArrayList<String>();
        if (status != null) {
            clauses.add("r.status = :status");
        }
        if (like != null) {
            clauses.add("(lower(r.reference) like :text" + Search.ESCAPE + " or lower(r.personReference) like :text"
                    + Search.ESCAPE + " or lower(r.postcode) like :text" + Search.ESCAPE + " or lower(l.code) like :text"
                    + Search.ESCAPE + " or lower(l.title) like :text" + Search.ESCAPE + ")");
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        var query = em.createQuery("select r from Requirement r join fetch r.lot l join fetch l.dps" + where
                + " order by r.raisedAt desc, r.id desc", Requirement.class);
        var count = em.createQuery("select count(r) from Requirement r join r.lot l" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (like != null) {
            query.setParameter("text", like);
            count.setParameter("text", like);
        }
        var rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        long total = count.getSingleResult();
        var invited = new java.util.HashMap<Long, long[]>();
        if (!rows.isEmpty()) {
            em.createQuery("select i.requirement.id, count(i), sum(case when i.answeredAt is null then 0 else 1 end) "
                            + "from Invitation i where i.requirement in :rows group by i.requirement.id", Object[].class)
                    .setParameter("rows", rows).getResultList()
                    .forEach(row -> invited.put((Long) row[0], new long[] {((Number) row[1]).longValue(),
                            row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        }
        return new Page<>(rows.stream().map(r -> {
            var counts = invited.getOrDefault(r.getId(), new long[2]);
            var lot = r.getLot();
            return new RequirementSummary(r.getReference(), r.getStatus(), r.getStatus().label(),
                    lot.getDps().getReference(), lot.getCode(), lot.getTitle(), r.getPersonReference(), r.getPostcode(),
                    r.getStartDate(), r.getUrgency().label(), r.getWeeklyBudget(), r.getOfferDeadline(), r.getRaisedAt(),
                    counts[0], counts[1]);
        }).toList(), total);
    }

    /**
     * The answers with their prices, once unsealed: when offers have been closed after the deadline.
     * Before that (and for good, if the requirement was cancelled first) they are refused to everyone
     * on the council's side.
     */
    public List<OfferRow> offers(String reference) {
        var requirement = load(reference);
        requirement.requireUnsealed();
        return requirement.getInvitations().stream().map(CallOffViews::offer).toList();
    }

    /** The lots of markets open today, in which requirements can be raised, with their call-off terms. */
    public List<LotChoice> lotChoices() {
        var today = LocalDate.now(clock);
        return em.createQuery("select l from Lot l join fetch l.dps d where d.status = :open order by d.reference, l.code",
                        Lot.class)
                .setParameter("open", uk.council.procurement.dps.entity.DpsStatus.OPEN).getResultList().stream()
                .filter(l -> l.getDps().takesCallOffsOn(today))
                .map(l -> new LotChoice(l.getId(), l.getDps().getReference(), l.getDps().getRegime().label(), l.getCode(),
                        l.getTitle(), l.getCareSetting().label(), l.getOfferHours(), l.getQualityWeight(),
                        l.getApprovalThreshold(), l.getCareSetting() != CareSetting.CARE_AT_HOME))
                .toList();
    }

    /** Who decided what on the requirement, when and why (the award trail included). */
    public List<uk.council.procurement.audit.boundary.HistoryEntry> history(String reference) {
        load(reference);
        return audit.historyOf(SUBJECT, reference);
    }

    /** An offer deadline still to come, within {@link Requirement#MAX_OFFER_TIME}; issuing checks it again. */
    private void checkDeadline(RequirementDetails details) {
        var deadline = details.offerDeadline();
        var now = clock.instant();
        if (deadline != null && (!deadline.isAfter(now) || deadline.isAfter(now.plus(Requirement.MAX_OFFER_TIME)))) {
            throw new InvalidInput("offerDeadline", "must be in the next " + Requirement.MAX_OFFER_TIME.toDays() + " days");
        }
    }

    private Requirement load(String reference) {
        return load(em, reference);
    }

    /** A requirement by its reference, or "not found"; the one lookup of the call-off boundaries. */
    static Requirement load(EntityManager em, String reference) {
        References.required("reference", reference);
        return References.find(em, Requirement.class, Requirement.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound(WHAT, reference));
    }
}
