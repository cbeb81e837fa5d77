package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.onboarding.boundary.ApplicationDetail;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.boundary.ProcessStep;
import uk.council.procurement.inbox.boundary.TaskInbox;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.web.faces.Messages;
import uk.council.procurement.web.security.UserSession;

/**
 * An application as council staff review it (onboarding/review.xhtml): evaluation and
 * recommendation by an officer, approval or return by a lead, the evaluation clock, the process
 * and the history.
 */
@Named
@ViewScoped
public class Review implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;

    @EJB
    transient TaskInbox inbox;

    @Inject
    UserSession user;

    private String ref;
    private ApplicationDetail application;
    private List<RecommendationRow> recommendation = List.of();
    private List<HistoryEntry> history = List.of();
    private List<ProcessStep> steps = List.of();
    private String approvalComment;
    private String returnReason;
    private String justification;

    public void load() {
        application = Messages.attempt(() -> applications.find(ref), Map.of());
        if (application == null) {
            return;
        }
        recommendation = application.lots().stream().map(RecommendationRow::new).toList();
        history = applications.history(ref);
        steps = applications.processSteps(ref);
    }

    public String recommend() {
        var fields = new HashMap<String, String>();
        for (int i = 0; i < recommendation.size(); i++) {
            fields.put("lots[" + i + "].reason", "tabs:recommendForm:lots:" + i + ":reason");
            fields.put("lots[" + i + "].outcome", "tabs:recommendForm:lots:" + i + ":reason");
        }
        return done(Messages.attempt(() -> applications.recommend(ref, application.version(),
                recommendation.stream().map(RecommendationRow::toRecommendation).toList()), fields),
                "Recommendation sent for approval");
    }

    public String approve() {
        return done(Messages.attempt(() -> applications.approve(ref, application.version(), approvalComment), Map.of()),
                "Decision approved");
    }

    public String returnToOfficer() {
        return done(Messages.attempt(() -> applications.returnForEvaluation(ref, application.version(), returnReason),
                Map.of("reason", "returnForm:returnReason")), "Returned to the officers");
    }

    public String extendDeadline() {
        return done(Messages.attempt(() -> applications.extendDeadline(ref, application.version(), justification),
                Map.of("justification", "extendForm:justification")), "Deadline extended");
    }

    public String assignToMe() {
        if (!Messages.attempt(() -> inbox.claim(ref), Map.of())) {
            return null;
        }
        Messages.info("Assigned to you", ref);
        return "/onboarding/review?faces-redirect=true&ref=" + ref;
    }

    /** Gives a failed automatic step one more try; the page shows where the process went next. */
    public String retry(String incidentId) {
        if (Messages.attempt(() -> applications.retry(ref, incidentId), Map.of()) == null) {
            return null;
        }
        Messages.info("Retrying", "The failed step runs again in a moment.");
        return "/onboarding/review?faces-redirect=true&ref=" + ref;
    }

    public String release() {
        if (!Messages.attempt(() -> inbox.release(ref), Map.of())) {
            return null;
        }
        Messages.info("Released", ref + " is back with the team.");
        return "/onboarding/review?faces-redirect=true&ref=" + ref;
    }

    /** The open task is for the caller's role (they could take it or do it). */
    public boolean isTaskForMe() {
        return isCanRecommend() || (isCanApprove() && !isOwnRecommendation());
    }

    public boolean isAssignedToMe() {
        return application != null && user.getUsername() != null && user.getUsername().equals(application.assignee());
    }

    private String done(ApplicationDetail result, String message) {
        if (result == null) {
            return null;
        }
        Messages.info(message, result.reference() + ": " + result.statusLabel()
                + (result.dueDate() != null ? ", due by " + uk.council.procurement.platform.UkFormat.date(result.dueDate()) : ""));
        return "/onboarding/review?faces-redirect=true&ref=" + result.reference();
    }

    public boolean isCanRecommend() {
        return user.isOfficer() && application != null && application.status() == ApplicationStatus.UNDER_EVALUATION
                && !isAssignedToSomeoneElse();
    }

    public boolean isCanApprove() {
        return user.isLead() && application != null && application.status() == ApplicationStatus.AWAITING_APPROVAL
                && !isAssignedToSomeoneElse();
    }

    /** A colleague has taken the open task: the page is read-only for everyone else (the service refuses too). */
    public boolean isAssignedToSomeoneElse() {
        return application != null && application.assignee() != null && !isAssignedToMe();
    }

    /** The lead looking at this recommended it: another lead must approve (segregation of duties). */
    public boolean isOwnRecommendation() {
        return application != null && user.getUsername() != null && user.getUsername().equals(application.recommendedBy());
    }

    public boolean isCanExtend() {
        return (user.isOfficer() || user.isLead()) && application != null && application.deadlineExtendable();
    }

    public AdmissionOutcome[] getOutcomes() {
        return AdmissionOutcome.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ApplicationDetail getApplication() {
        return application;
    }

    public List<RecommendationRow> getRecommendation() {
        return recommendation;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<ProcessStep> getSteps() {
        return steps;
    }

    public String getApprovalComment() {
        return approvalComment;
    }

    public void setApprovalComment(String approvalComment) {
        this.approvalComment = approvalComment;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
