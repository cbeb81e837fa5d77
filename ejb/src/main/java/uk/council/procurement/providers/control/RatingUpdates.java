package uk.council.procurement.providers.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.boundary.LocationRated;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRecord;
import uk.council.procurement.providers.entity.CqcSyncState;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Applies CQC's record of one location in a transaction of its own, so that a sync of many
 * locations keeps every update that succeeded. Reached only from the CQC register boundary and its
 * daily timer (no screen or API), hence PermitAll; the caller's identity is recorded.
 */
@Stateless
@PermitAll
public class RatingUpdates {

    /** What happened to one record. */
    public enum Outcome { CHANGED, UNCHANGED, NOT_HELD }

    public static final String SUBJECT = "PROVIDER";

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @EJB
    CurrentUser currentUser;

    @Inject
    Event<LocationRated> rated;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome applyAlone(CqcRecord record, RatingSource source) {
        return apply(record, source);
    }

    /** In the caller's transaction: a file import applies all its records or none. */
    public Outcome apply(CqcRecord record, RatingSource source) {
        var location = held(record.locationId());
        if (location.isEmpty()) {
            return Outcome.NOT_HELD;
        }
        var change = location.get().refresh(record, source, currentUser.username(), clock.instant());
        change.ifPresent(this::announce);
        return change.isPresent() ? Outcome.CHANGED : Outcome.UNCHANGED;
    }

    /** Which of these CQC location ids an organisation here holds: one query for a page of the feed. */
    public java.util.List<String> heldAmong(java.util.List<String> locationIds) {
        if (locationIds.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select l.locationId from CqcLocation l where l.locationId in :ids order by l.locationId",
                String.class).setParameter("ids", locationIds).getResultList();
    }

    /** Where the changes feed was read up to; the first sync starts a day back. */
    public CqcSyncState syncState() {
        var state = em.find(CqcSyncState.class, CqcSyncState.ONLY);
        if (state == null) {
            state = new CqcSyncState(clock.instant().minus(java.time.Duration.ofDays(1)));
            em.persist(state);
        }
        return state;
    }

    public void recordRun(java.time.Instant upTo, String result) {
        syncState().ran(clock.instant(), upTo, result);
    }

    public Optional<CqcLocation> held(String locationId) {
        return em.createQuery("select l from CqcLocation l join fetch l.provider where l.locationId = :id",
                CqcLocation.class).setParameter("id", locationId).getResultStream().findFirst();
    }

    /** Records the change, tells the provider and the quality team, and lets membership apply lot policies. */
    public void announce(CqcLocation.Change change) {
        var location = change.location();
        var provider = location.getProvider();
        String what = location.getName() + " (" + location.getLocationId() + ")";
        String message;
        if (change.deregistered()) {
            message = what + " is deregistered with CQC"
                    + (location.getDeregistrationDate() != null ? " from " + UkFormat.date(location.getDeregistrationDate()) : "")
                    + ": it receives no new call-offs.";
        } else {
            message = what + " is now rated " + change.after().label()
                    + (change.ratingDate() != null ? " (" + UkFormat.date(change.ratingDate()) + ")" : "")
                    + ", was " + change.before().label() + "; source: " + change.source().label() + ".";
        }
        var decision = decisions.of(SUBJECT, provider.getId().toString(),
                        change.deregistered() ? "LOCATION_DEREGISTERED" : "LOCATION_RATED")
                .as(Roles.QUALITY_OFFICER)
                .because(location.getRatingSource() == RatingSource.QUALITY_OFFICER
                        ? location.getRatings().get(0).getReason() : null)
                .details(message);
        if (change.ratingChanged() || change.deregistered()) {
            decision.tellProvider(provider.getId(), location.getLocationId(), message)
                    .tellRole(Roles.QUALITY_OFFICER, location.getLocationId(), provider.getName() + ": " + message);
        }
        decision.record();
        rated.fire(new LocationRated(change, currentUser.username(), clock.instant()));
    }
}
