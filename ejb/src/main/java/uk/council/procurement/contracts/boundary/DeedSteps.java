package uk.council.procurement.contracts.boundary;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.control.DeedRegister;
import uk.council.procurement.contracts.entity.Deed;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;

/** The deed's automatic step, called by its delegate on the engine's thread (no user, hence PermitAll). */
@Stateless
@PermitAll
public class DeedSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /** The deadline has come and the deed is not complete: legal and the leads are told, once. */
    public void escalate(String reference) {
        var deed = References.find(em, Deed.class, Deed.BY_REFERENCE, reference)
                .orElseThrow(() -> new IllegalStateException("No deed " + reference));
        em.lock(deed, LockModeType.PESSIMISTIC_WRITE);
        if (!deed.escalate(clock.instant())) {
            return;
        }
        var contract = deed.getContract();
        String message = "Deed " + deed.getReference() + " (" + contract.getReference() + ", "
                + contract.getProvider().getName() + ") is not complete on its deadline, " + UkFormat.date(deed.getDueOn())
                + ": " + deed.getStatus().label().toLowerCase(java.util.Locale.UK) + ". The agreement expires on "
                + UkFormat.date(contract.getCurrentExpiry()) + " unless it is sealed.";
        decisions.of(DeedRegister.SUBJECT, deed.getReference(), "DEADLINE_REACHED").details(message)
                .tellRole(Roles.LEGAL, deed.getReference(), message)
                .tellRole(Roles.COMMISSIONING_LEAD, deed.getReference(), message).record();
    }
}
