package uk.council.procurement.calloff.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.workflows.CallOffProcess;

/** The call-off procedure's tasks as the one task inbox shows them: the requirement each is about. */
@ApplicationScoped
public class CallOffTasks implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public String processKey() {
        return CallOffProcess.PROCESS_ID;
    }

    @Override
    public String procedure() {
        return "Call-offs";
    }

    @Override
    public String noun() {
        return "Requirement";
    }

    @Override
    public String auditSubjectType() {
        return Requirements.SUBJECT;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> references) {
        var found = new HashMap<String, TaskSubject>();
        if (references.isEmpty()) {
            return found;
        }
        var offers = new HashMap<String, Long>();
        em.createQuery("select i.requirement.reference, count(i) from Invitation i where i.status = :offered "
                        + "and i.requirement.reference in :references group by i.requirement.reference", Object[].class)
                .setParameter("offered", InvitationStatus.OFFERED).setParameter("references", references).getResultList()
                .forEach(row -> offers.put((String) row[0], (Long) row[1]));
        em.createQuery("select r from Requirement r join fetch r.lot l join fetch l.dps "
                        + "where r.reference in :references", Requirement.class)
                .setParameter("references", references).getResultList()
                .forEach(r -> {
                    long count = offers.getOrDefault(r.getReference(), 0L);
                    found.put(r.getReference(), new TaskSubject("Requirement " + r.getReference(), null,
                            r.getLot().getDps().getReference() + " " + r.getLot().getCode() + " " + r.getLot().getTitle(),
                            count + (count == 1 ? " offer" : " offers") + " · offers closed "
                                    + UkFormat.dateTime(r.getOfferDeadline()) + " · " + r.getPostcode(),
                            "calloff/requirement.xhtml?ref=" + URLEncoder.encode(r.getReference(), StandardCharsets.UTF_8)));
                });
        return found;
    }
}
