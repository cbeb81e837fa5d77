package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.EvaluationView;
import uk.council.procurement.calloff.boundary.Evaluations;
import uk.council.procurement.calloff.boundary.RequirementView;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.web.faces.Messages;

/**
 * One requirement as council staff see it (calloff/requirement.xhtml): the requirement, who was
 * invited and who has answered; once unsealed, the evaluation table with marking, the award proposal,
 * a lead's approval, and closing without an award. Every action goes through the boundary, which
 * checks role, state and version; the page only offers what the role may try.
 */
@Named
@ViewScoped
public class RequirementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> MARK_VALUES = java.util.stream.IntStream
            .rangeClosed(0, uk.council.procurement.calloff.entity.Answer.MAX_MARK).boxed().toList();

    @EJB
    transient Requirements requirements;

    @EJB
    transient Evaluations evaluations;

    @EJB
    transient AuditTrail audit;

    private String ref;
    private RequirementView requirement;
    private EvaluationView evaluation;
    private final Map<String, Integer> marks = new HashMap<>();
    private List<HistoryEntry> history = List.of();
    private Long awardTo;
    private String awardReason;
    private String note;
    private String reason;

    public String load() {
        requirement = Messages.attempt(() -> requirements.find(ref), Map.of());
        if (requirement == null) {
            return "/calloff/requirements?faces-redirect=true";
        }
        evaluation = requirement.sealed() ? null : evaluations.table(ref);
        marks.clear();
        if (evaluation != null) {
            for (var row : evaluation.rows()) {
                for (var answer : row.answers()) {
                    if (answer.mark() != null) {
                        marks.put(key(row.invitationId(), answer.position()), answer.mark());
                    }
                }
            }
        }
        history = audit.historyOf(Requirements.SUBJECT, ref);
        return null;
    }

    public String key(Long invitationId, int position) {
        return invitationId + ":" + position;
    }

    /** Marks one answer as chosen in the table; the row's version guards against a colleague's mark. */
    public void mark(EvaluationView.Row row, int position) {
        Integer value = marks.get(key(row.invitationId(), position));
        var marked = Messages.attempt(() -> evaluations.mark(ref, row.invitationId(), row.version(), position, value),
                Map.of());
        if (marked != null) {
            Messages.info("Marked", row.providerName() + ", question " + (position + 1) + ": " + value + " of 5");
        }
        load();
    }

    public void chooseAward(EvaluationView.Row row) {
        awardTo = row.invitationId();
        awardReason = null;
    }

    public EvaluationView.Row getAwardRow() {
        return evaluation == null || awardTo == null ? null
                : evaluation.rows().stream().filter(r -> r.invitationId().equals(awardTo)).findFirst().orElse(null);
    }

    public String proposeAward() {
        var done = Messages.attempt(() -> evaluations.proposeAward(ref, requirement.version(), awardTo, awardReason),
                Map.of("reason", "awardForm:awardReason"));
        return after(done, "Award proposed", done == null ? null : done.status().name().equals("AWAITING_APPROVAL")
                ? "Its annual value is above the lot's threshold: a commissioning lead approves it."
                : "The provider is asked to confirm.");
    }

    public String approveAward() {
        var done = Messages.attempt(() -> evaluations.approveAward(ref, requirement.version(), note),
                Map.of("note", "approvalForm:note"));
        return after(done, "Award approved", "The provider is asked to confirm.");
    }

    public String returnAward() {
        var done = Messages.attempt(() -> evaluations.returnAward(ref, requirement.version(), reason),
                Map.of("reason", "approvalForm:returnReason"));
        return after(done, "Award returned", "The officers are told why.");
    }

    public String closeWithoutAward() {
        var done = Messages.attempt(() -> evaluations.endWithoutAward(ref, requirement.version(), reason),
                Map.of("reason", "closeForm:closeReason"));
        return after(done, "Closed without award", "Providers that offered are told.");
    }

    public String issue() {
        var done = Messages.attempt(() -> requirements.issue(ref, requirement.version()), Map.of());
        return after(done, "Issued", done == null ? null : "Sent to " + done.invitations().size()
                + (done.invitations().size() == 1 ? " location." : " locations."));
    }

    public String cancel() {
        var done = Messages.attempt(() -> requirements.cancel(ref, requirement.version(), reason),
                Map.of("reason", "cancelForm:cancelReason"));
        return after(done, "Cancelled", "Invited providers are told.");
    }

    private String after(RequirementView done, String summary, String detail) {
        if (done == null) {
            return null;
        }
        Messages.info(summary, detail);
        return "/calloff/requirement?faces-redirect=true&ref=" + ref;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public RequirementView getRequirement() {
        return requirement;
    }

    public EvaluationView getEvaluation() {
        return evaluation;
    }

    /** The marks an officer can give (Integers, as the menu's converter makes of what is chosen). */
    public List<Integer> getMarkValues() {
        return MARK_VALUES;
    }

    public Map<String, Integer> getMarks() {
        return marks;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getAwardReason() {
        return awardReason;
    }

    public void setAwardReason(String awardReason) {
        this.awardReason = awardReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
