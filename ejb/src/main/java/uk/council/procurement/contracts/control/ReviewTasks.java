package uk.council.procurement.contracts.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.ExtensionReview;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.workflows.ExtensionReviewProcess;

/** The extension review's tasks as the one task inbox shows them. */
@ApplicationScoped
public class ReviewTasks implements TaskSubjects {

    public static final String SUBJECT = "EXTENSION_REVIEW";

    @PersistenceContext
    EntityManager em;

    @Override
    public String processKey() {
        return ExtensionReviewProcess.PROCESS_ID;
    }

    @Override
    public String procedure() {
        return "Extension reviews";
    }

    @Override
    public String noun() {
        return "Review";
    }

    @Override
    public String auditSubjectType() {
        return SUBJECT;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> references) {
        var found = new HashMap<String, TaskSubject>();
        if (references.isEmpty()) {
            return found;
        }
        em.createQuery("select r from ExtensionReview r join fetch r.dps where r.reference in :references",
                        ExtensionReview.class)
                .setParameter("references", references).getResultList()
                .forEach(r -> found.put(r.getReference(), new TaskSubject("Review " + r.getReference(), null,
                        r.getDps().getReference() + " " + r.getDps().getTitle(),
                        r.getItems().size() + (r.getItems().size() == 1 ? " provider" : " providers")
                                + " · notice deadline " + UkFormat.date(r.getNoticeDeadline()),
                        "contracts/review.xhtml?ref=" + r.getReference())));
        return found;
    }

    /** A lead who recommended for any provider of the review does not take its approval. */
    @Override
    public void beforeClaim(String reference, String taskKey, String username) {
        if (ExtensionReviewProcess.APPROVE.equals(taskKey)) {
            var review = References.find(em, ExtensionReview.class, ExtensionReview.BY_REFERENCE, reference)
                    .orElseThrow(() -> new RecordNotFound("Review", reference));
            review.requireNotRecommendedBy(username, "take its decisions");
        }
    }
}
