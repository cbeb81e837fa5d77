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
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementDetails;
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
import uk.council.procurement.platform.WrongState;
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
        requirement.issue(currentUser.username(), now, LocalDate.now(clock));
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        // the version-checked update first: of two issues at once, the second is refused as a concurrent change
        Versions.flush(em, WHAT, reference);
        var seen = new java.util.HashSet<String>(); // a location once, whatever the admissions say
        var eligible = admissions.eligibleLocations(requirement.getLot().getId(), null).stream()
                .filter(l -> seen.add(l.locationId())).toList();
        if (eligible.isEmpty()) {
            throw new RuleViolation("No provider location is eligible in lot " + requirement.getLot().getCode()
                    + " today, so nobody would receive " + reference + ".");
        }
        for (var location : eligible) {
            em.persist(new Invitation(requirement, em.getReference(ProviderOrganisation.class, location.providerId()),
                    location.providerName(), location.locationId(), location.locationName(), location.rating(), now));
        }
        Versions.flush(em, WHAT, reference);
        var providers = eligible.stream().map(l -> l.providerId()).distinct().toList();
        var decision = decisions.of(SUBJECT, reference, "ISSUED").as(Roles.PROCUREMENT_OFFICER)
                .details("Sent to " + eligible.size() + (eligible.size() == 1 ? " location" : " locations") + " of "
                        + providers.size() + (providers.size() == 1 ? " provider" : " providers") + "; offers by "
                        + UkFormat.dateTime(requirement.getOfferDeadline()));
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
        return CallOffViews.requirement(load(reference), clock.instant());
    }

    /** Requirements, newest first. */
    public Page<RequirementView> list(int first, int max) {
        Search.page(first, max);
        var rows = em.createQuery("select r from Requirement r join fetch r.lot l join fetch l.dps "
                        + "order by r.raisedAt desc, r.id desc", Requirement.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("select count(r) from Requirement r", Long.class).getSingleResult();
        var now = clock.instant();
        return new Page<>(rows.stream().map(r -> CallOffViews.requirement(r, now)).toList(), total);
    }

    /**
     * The answers with their prices, once unsealed: when offers have been closed after the deadline.
     * Before that (and for good, if the requirement was cancelled first) they are refused to everyone
     * on the council's side.
     */
    public List<OfferRow> offers(String reference) {
        var requirement = load(reference);
        if (requirement.isSealed()) {
            throw new WrongState(requirement.getCancelledAt() != null
                    ? "Requirement " + reference + " was cancelled before its offers closed: they stay sealed."
                    : "Offers for " + reference + " are sealed until " + UkFormat.dateTime(requirement.getOfferDeadline())
                            + ", when they close.");
        }
        return requirement.getInvitations().stream().map(CallOffViews::offer).toList();
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
        References.required("reference", reference);
        return References.find(em, Requirement.class, Requirement.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound(WHAT, reference));
    }
}
