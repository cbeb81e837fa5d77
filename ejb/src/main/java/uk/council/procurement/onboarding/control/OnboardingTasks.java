package uk.council.procurement.onboarding.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.References;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.workflows.OnboardingProcess;

/** The onboarding procedure's tasks as the one task inbox shows them: the application each is about. */
@ApplicationScoped
public class OnboardingTasks implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public String processKey() {
        return OnboardingProcess.PROCESS_ID;
    }

    @Override
    public String procedure() {
        return "Onboarding";
    }

    @Override
    public String noun() {
        return "Application";
    }

    @Override
    public String auditSubjectType() {
        return Applications.SUBJECT;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> references) {
        var found = new HashMap<String, TaskSubject>();
        if (references.isEmpty()) {
            return found;
        }
        em.createQuery("select a from Application a join fetch a.provider join fetch a.dps "
                        + "where a.reference in :references", Application.class)
                .setParameter("references", references).getResultList()
                .forEach(a -> found.put(a.getReference(), new TaskSubject("Application " + a.getReference(),
                        a.getProvider().getName(), a.getDps().getReference() + " " + a.getDps().getTitle(),
                        a.getLots().size() + (a.getLots().size() == 1 ? " lot" : " lots") + " · submitted "
                                + UkFormat.date(a.getSubmittedOn()) + (a.isDeadlineExtended() ? " · deadline extended" : ""),
                        "onboarding/review.xhtml?ref=" + URLEncoder.encode(a.getReference(), StandardCharsets.UTF_8))));
        return found;
    }

    /** Segregation of duties: the officer who recommended a decision does not take its approval. */
    @Override
    public void beforeClaim(String reference, String taskKey, String username) {
        if (OnboardingProcess.APPROVE_DECISION.equals(taskKey)) {
            References.find(em, Application.class, Application.BY_REFERENCE, reference).orElseThrow(() -> new RecordNotFound("Application", reference))
                    .requireNotRecommendedBy(username, "take its approval");
        }
    }
}
