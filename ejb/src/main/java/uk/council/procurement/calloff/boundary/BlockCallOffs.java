package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.entity.BlockCallOff;
import uk.council.procurement.calloff.entity.BlockPlacement;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.RuleViolation;
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
 * Block call-offs: officers reserve capacity with a provider's location in a lot (the location must be
 * eligible there now) and place people into it without a new competition while a place is free; staff
 * read them; a provider sees its own blocks, without the people's references.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class BlockCallOffs {

    public static final String SUBJECT = "BLOCK";
    private static final String WHAT = "Block call-off";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Membership membership;

    @Inject
    Decisions decisions;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    @Inject
    uk.council.procurement.contracts.control.ContractRegister contractRegister;

    @EJB
    AuditTrail audit;

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public BlockView create(Long lotId, Long providerId, String locationId, String title, LocalDate startDate,
            LocalDate endDate, Integer places, BigDecimal weeklyRate) {
        var lot = lotId == null ? null : em.find(Lot.class, lotId);
        if (lot == null) {
            throw new InvalidInput("lotId", "Choose the lot");
        }
        if (lot.getDps().getStatus() == DpsStatus.DRAFT) {
            throw new WrongState(lot.getDps().getReference() + " is a draft: no call-offs under it.");
        }
        if (providerId == null) {
            throw new InvalidInput("providerId", "Choose the provider");
        }
        if (locationId == null || locationId.isBlank()) {
            throw new InvalidInput("locationId", "Choose the provider's location");
        }
        if (locationId.strip().length() > 20) {
            throw new InvalidInput("locationId", "must be a CQC location id of at most 20 characters, such as 1-101000001");
        }
        var location = membership.eligibleLocations(lot, null).stream()
                .filter(l -> l.providerId().equals(providerId) && l.locationId().equalsIgnoreCase(locationId.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("Location " + locationId.strip() + " of that provider cannot take "
                        + "call-offs in lot " + lot.getCode() + " now (not admitted or covered, suspended, or below the lot's policy)."));
        var provider = em.find(ProviderOrganisation.class, providerId);
        var today = today();
        var block = validation.check(new BlockCallOff(lot, provider, location.locationId(), location.locationName(), title,
                startDate, endDate, places, weeklyRate, currentUser.username(), clock.instant(), today));
        em.persist(block);
        block.assignReference(today.getYear());
        em.flush();
        decisions.of(SUBJECT, block.getReference(), "CREATED").as(Roles.PROCUREMENT_OFFICER)
                .details(block.getPlaces() + " places at " + block.getLocationName() + " (" + provider.getName() + "), "
                        + UkFormat.date(block.getStartDate()) + " to " + UkFormat.date(block.getEndDate()) + ", "
                        + UkFormat.money(block.getWeeklyRate()) + " a week per place")
                .tellProvider(provider.getId(), block.getReference(), "Block call-off " + block.getReference() + ": "
                        + block.getPlaces() + " places at " + block.getLocationName() + " from "
                        + UkFormat.date(block.getStartDate()) + " to " + UkFormat.date(block.getEndDate()) + ".")
                .record();
        contractRegister.registerBlock(block, currentUser.username());
        return view(block, true);
    }

    /** Every block, latest first, with its capacity today. */
    public List<BlockView> list() {
        return em.createQuery("select b from BlockCallOff b join fetch b.lot l join fetch l.dps join fetch b.provider "
                        + "order by b.createdAt desc, b.id desc", BlockCallOff.class)
                .setMaxResults(500).getResultList().stream().map(b -> view(b, true)).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)); // sorted in place by the page
    }

    public BlockView find(String reference) {
        return view(load(reference), true);
    }

    /** The provider's own blocks (another's are not found), without the people's references. */
    @RolesAllowed(Roles.PROVIDER)
    public List<BlockView> mine() {
        return em.createQuery("select b from BlockCallOff b join fetch b.lot l join fetch l.dps join fetch b.provider p "
                        + "where p.id = :provider order by b.startDate desc, b.id desc", BlockCallOff.class)
                .setParameter("provider", currentUser.providerId().orElse(-1L)).setMaxResults(500).getResultList()
                .stream().map(b -> view(b, false)).toList();
    }

    /** Places a person for a stay, if a place is free on every day of it (the block is locked meanwhile). */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public BlockView place(String reference, String personReference, LocalDate from, LocalDate to) {
        var block = load(reference);
        // locked and read again (no version check: a colleague's placement since is what the count must see)
        em.refresh(block, LockModeType.PESSIMISTIC_WRITE);
        if (membership.eligibleLocations(block.getLot(), null).stream().noneMatch(l -> l.providerId()
                .equals(block.getProvider().getId()) && l.locationId().equalsIgnoreCase(block.getLocationId()))) {
            throw new RuleViolation(block.getLocationName() + " cannot take call-offs in lot " + block.getLot().getCode()
                    + " now (suspended, its admission ended, or below the lot's policy): nobody can be placed there.");
        }
        var placement = block.place(personReference, from, to, currentUser.username(), clock.instant(), today());
        validation.check(placement);
        em.flush();
        decisions.of(SUBJECT, reference, "PLACED").as(Roles.PROCUREMENT_OFFICER)
                .details(placement.getPersonReference() + " from " + UkFormat.date(from) + " to " + UkFormat.date(to))
                .tellProvider(block.getProvider().getId(), reference, "Block " + reference + ": a person is placed at "
                        + block.getLocationName() + " from " + UkFormat.date(from) + " to " + UkFormat.date(to) + ".")
                .record();
        return view(block, true);
    }

    /** Ends a stay early (or cancels one not begun), freeing its place from the day after its last day. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public BlockView endPlacement(String reference, Long placementId, long version, LocalDate lastDay, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why the stay ends early");
        var block = load(reference);
        BlockPlacement placement = block.placement(placementId);
        Versions.expect(placement.getVersion(), version, "Placement", placementId);
        placement.end(lastDay, why, currentUser.username(), today());
        em.lock(block, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // its places free change: so does its version
        Versions.flush(em, "Placement", placementId);
        decisions.of(SUBJECT, reference, "PLACEMENT_ENDED").as(Roles.PROCUREMENT_OFFICER).because(why)
                .details(placement.getPersonReference() + ": last day " + UkFormat.date(lastDay))
                .tellProvider(block.getProvider().getId(), reference, "Block " + reference + ": a stay from "
                        + UkFormat.date(placement.getFromDate()) + " ends on " + UkFormat.date(lastDay) + ".")
                .record();
        return view(block, true);
    }

    public List<HistoryEntry> history(String reference) {
        load(reference);
        return audit.historyOf(SUBJECT, reference);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.UK);
    }

    private BlockCallOff load(String reference) {
        References.required("reference", reference);
        return References.find(em, BlockCallOff.class, BlockCallOff.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound(WHAT, reference));
    }

    private BlockView view(BlockCallOff b, boolean staff) {
        var today = today();
        int used = b.inUse(today);
        boolean running = !today.isBefore(b.getStartDate()) && !today.isAfter(b.getEndDate());
        var lot = b.getLot();
        return new BlockView(b.getReference(), b.getVersion(), lot.getDps().getReference(), lot.getId(), lot.getCode(),
                lot.getTitle(), b.getProvider().getId(), b.getProvider().getName(), b.getLocationId(), b.getLocationName(),
                b.getTitle(), b.getStartDate(), b.getEndDate(), b.getPlaces(), b.getWeeklyRate(), used,
                running ? b.getPlaces() - used : 0, staff ? b.getCreatedBy() : null, b.getCreatedAt(),
                b.getPlacements().stream().map(p -> new BlockView.Placement(p.getId(), p.getVersion(),
                        staff ? p.getPersonReference() : null, p.getFromDate(), p.getToDate(), p.getEndedOn(),
                        staff ? p.getEndReason() : null, staff ? p.getPlacedBy() : null, p.getPlacedAt(),
                        staff ? p.getEndedBy() : null)).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new))); // sorted in place by the page
    }
}
