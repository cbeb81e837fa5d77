package uk.council.procurement.calloff.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.workflows.PackageCascadeProcess;

/** The cascade's task ("Nobody accepted: decide what instead") as the one task inbox shows it. */
@ApplicationScoped
public class PackageTasks implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public String processKey() {
        return PackageCascadeProcess.PROCESS_ID;
    }

    @Override
    public String procedure() {
        return "Care at home packages";
    }

    @Override
    public String noun() {
        return "Package";
    }

    @Override
    public String auditSubjectType() {
        return Packages.SUBJECT;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> references) {
        var found = new HashMap<String, TaskSubject>();
        if (references.isEmpty()) {
            return found;
        }
        em.createQuery("select p from CarePackage p join fetch p.lot l join fetch l.dps where p.reference in :references",
                        CarePackage.class)
                .setParameter("references", references).getResultList()
                .forEach(p -> found.put(p.getReference(), new TaskSubject("Package " + p.getReference(), null,
                        p.getLot().getDps().getReference() + " " + p.getLot().getCode() + " " + p.getLot().getZone(),
                        p.getUrgency().label() + " · from " + UkFormat.date(p.getStartDate()) + " · " + p.getPostcode(),
                        "calloff/package.xhtml?ref=" + URLEncoder.encode(p.getReference(), StandardCharsets.UTF_8))));
        return found;
    }
}
