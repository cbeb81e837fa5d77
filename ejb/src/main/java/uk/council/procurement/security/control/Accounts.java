package uk.council.procurement.security.control;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.security.Roles;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.entity.UserAccount;

/** Creates user accounts with hashed passwords, refusing taken usernames and weak passwords. */
@Dependent
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    @Inject
    uk.council.procurement.platform.workflow.Workflows workflows;

    public UserAccount createProviderUser(String username, String password, String fullName, String email,
            ProviderOrganisation provider) {
        String name = normalise(username);
        checkPassword(name, password);
        var account = validation.check(UserAccount.providerUser(name, PasswordHashing.hash(password), trim(fullName),
                trim(email), provider, clock.instant()));
        requireFree(name);
        em.persist(account);
        return account;
    }

    public UserAccount createStaff(String username, String password, String fullName, String email, Set<String> roles) {
        String name = normalise(username);
        checkPassword(name, password);
        var account = validation.check(UserAccount.staff(name, PasswordHashing.hash(password), trim(fullName),
                trim(email), roles, clock.instant()));
        requireFree(name);
        em.persist(account);
        if (roles.contains(Roles.ADMIN)) {
            workflows.registerOperator(name, trim(fullName));
        }
        return account;
    }

    public boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", normalise(username)).getResultList().isEmpty();
    }

    private void requireFree(String username) {
        if (exists(username)) {
            throw new InvalidInput("username", "The username " + username + " is taken; choose another");
        }
    }

    /** Length over complexity rules (NCSC password guidance); never the username itself. */
    static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "Use at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (username != null && password.toLowerCase(Locale.UK).contains(username)) {
            throw new InvalidInput("password", "The password must not contain the username");
        }
    }

    private static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.UK);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
