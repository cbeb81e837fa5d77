package uk.council.procurement.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Optimistic locking across requests: the caller sends the version it read, the boundary compares
 * it before changing anything and flushes before returning, so that a concurrent writer shows up as
 * {@link ConcurrentChange} inside the transaction rather than as a rollback at commit.
 */
public final class Versions {

    private Versions() {
    }

    public static void expect(long actual, long expected, String what, Object key) {
        if (actual != expected) {
            throw new ConcurrentChange(what, key);
        }
    }

    public static void flush(EntityManager em, String what, Object key) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            // A concurrent writer holds or has changed the row: the same news for the caller.
            throw new ConcurrentChange(what, key);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getName().contains("StaleObjectState")) {
                throw new ConcurrentChange(what, key);
            }
            throw e;
        }
    }
}
