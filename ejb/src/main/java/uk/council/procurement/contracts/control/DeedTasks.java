package uk.council.procurement.contracts.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.Deed;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.workflows.DeedOfExtensionProcess;

/** Legal's deeds to sign and seal, as the one task inbox shows them. */
@ApplicationScoped
public class DeedTasks implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public String processKey() {
        return DeedOfExtensionProcess.PROCESS_ID;
    }

    @Override
    public String procedure() {
        return "Deeds of extension";
    }

    @Override
    public String noun() {
        return "Deed";
    }

    @Override
    public String auditSubjectType() {
        return DeedRegister.SUBJECT;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> references) {
        var found = new HashMap<String, TaskSubject>();
        if (references.isEmpty()) {
            return found;
        }
        em.createQuery("select d from Deed d join fetch d.contract c join fetch c.provider join fetch c.dps "
                        + "where d.reference in :references", Deed.class)
                .setParameter("references", references).getResultList()
                .forEach(d -> found.put(d.getReference(), new TaskSubject("Deed " + d.getReference(),
                        d.getContract().getProvider().getName(),
                        d.getContract().getDps().getReference() + " " + d.getContract().getDps().getTitle(),
                        d.getContract().getReference() + ": " + UkFormat.date(d.getOldExpiry()) + " to "
                                + UkFormat.date(d.getNewExpiry()) + " · deadline " + UkFormat.date(d.getDueOn()),
                        "contracts/deed.xhtml?ref=" + d.getReference())));
        return found;
    }
}
