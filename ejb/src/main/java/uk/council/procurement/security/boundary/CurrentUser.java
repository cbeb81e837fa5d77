package uk.council.procurement.security.boundary;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.entity.UserAccount;

/**
 * The caller as the container authenticated it. Boundaries ask it who is calling, and scope
 * provider users to their own organisation through {@link #requireOwnOrganisation(Long, String, Object)}.
 * Work done by the process engine's own threads (timers, asynchronous steps) has no caller and is
 * attributed to {@link #SYSTEM}.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public String username() {
        var principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            return SYSTEM;
        }
        return principal.getName();
    }

    public boolean isSystem() {
        return SYSTEM.equals(username());
    }

    public boolean isInRole(String role) {
        return !isSystem() && context.isCallerInRole(role);
    }

    public boolean isProvider() {
        return isInRole(Roles.PROVIDER);
    }

    public Optional<UserAccount> account() {
        if (isSystem()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username())
                .getResultStream().findFirst();
    }

    /** Name to show in histories: the account's full name, or the username when unknown. */
    public String displayName() {
        return account().map(UserAccount::getFullName).orElse(isSystem() ? "System" : username());
    }

    /** The name of a provider user's organisation (shown beside their name); empty for staff. */
    public Optional<String> organisationName() {
        if (!isProvider()) {
            return Optional.empty();
        }
        return account().map(UserAccount::getProvider).map(p -> p.getName());
    }

    /** The provider organisation of a provider user; empty for staff. */
    public Optional<Long> providerId() {
        if (!isProvider()) {
            return Optional.empty();
        }
        return account().map(UserAccount::getProvider).map(p -> p.getId());
    }

    /**
     * Refuses a provider user access to another organisation's record, reporting it as not found so
     * that its existence does not leak. Staff pass.
     */
    public void requireOwnOrganisation(Long ownerProviderId, String what, Object key) {
        if (isProvider() && !providerId().map(id -> id.equals(ownerProviderId)).orElse(false)) {
            throw new RecordNotFound(what, key);
        }
    }
}
