package uk.council.procurement.contracts.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.ContractKind;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.membership.entity.Admission;

/**
 * At start-up, registers the markets and agreements that existed before the register did (an upgraded
 * installation): every market that has opened, every provider admitted under one (from its first
 * admission) and every block call-off. Does nothing once the register is complete.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
public class ContractBackfill {

    private static final Logger LOG = Logger.getLogger(ContractBackfill.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractRegister register;

    @PostConstruct
    void backfill() {
        var markets = em.createQuery("select d from Dps d where d.status <> :draft and not exists (select c from "
                        + "Contract c where c.dps = d and c.kind = :market)", Dps.class)
                .setParameter("draft", DpsStatus.DRAFT).setParameter("market", ContractKind.MARKET).getResultList();
        for (var dps : markets) {
            try {
                register.ensureMarket(dps, "system");
            } catch (RuntimeException e) {
                // a record the register's rules refuse is left for an officer to register by hand
                LOG.log(java.util.logging.Level.WARNING, "Market " + dps.getReference() + " not registered", e);
            }
        }
        var firstAdmissions = em.createQuery("select a from Admission a join fetch a.lot l join fetch l.dps d "
                        + "join fetch a.provider p where not exists (select c from Contract c where c.dps = d "
                        + "and c.provider = p and c.kind = :agreement) order by a.admittedOn, a.id", Admission.class)
                .setParameter("agreement", ContractKind.AGREEMENT).getResultList();
        var pairs = new java.util.HashSet<String>();
        for (var admission : firstAdmissions) {
            var dps = admission.getLot().getDps();
            if (pairs.add(dps.getId() + ":" + admission.getProvider().getId())) {
                try {
                    register.ensureAgreement(admission.getProvider(), dps, admission.getAdmittedOn(), "system");
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "Agreement of " + admission.getProvider().getName()
                            + " under " + dps.getReference() + " not registered", e);
                }
            }
        }
        int agreements = pairs.size();
        var blocks = em.createQuery("select b from BlockCallOff b join fetch b.lot l join fetch l.dps join fetch b.provider "
                + "where not exists (select c from Contract c where c.reference = b.reference)",
                uk.council.procurement.calloff.entity.BlockCallOff.class).getResultList();
        for (var block : blocks) {
            try {
                register.registerBlock(block, "system");
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "Block " + block.getReference() + " not registered", e);
            }
        }
        if (!markets.isEmpty() || agreements > 0 || !blocks.isEmpty()) {
            int made = agreements;
            LOG.info(() -> "Contract register: " + markets.size() + " markets, " + made + " provider agreements and "
                    + blocks.size() + " block call-offs registered from existing records");
        }
    }
}
