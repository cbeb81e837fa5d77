package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.AnswerView;
import uk.council.procurement.calloff.boundary.CriterionView;
import uk.council.procurement.calloff.boundary.InvitationView;
import uk.council.procurement.calloff.boundary.Invitations;
import uk.council.procurement.calloff.boundary.OfferDetails;
import uk.council.procurement.calloff.entity.AnswerDetails;
import uk.council.procurement.calloff.entity.CapabilityLevel;
import uk.council.procurement.web.faces.Messages;

/** One invitation and the provider's answer (calloff/invitation.xhtml): offer, change it, or decline. */
@Named
@ViewScoped
public class MyInvitation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "offerForm";

    @EJB
    transient Invitations invitations;

    private Long id;
    private InvitationView invitation;
    private BigDecimal weeklyPrice;
    private LocalDate earliestStart;
    private String note;
    private String declineReason;
    private String awardDeclineReason;
    private List<AnswerForm> answers = new ArrayList<>();

    /** One criterion and the answer being written to it. */
    public static class AnswerForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final CriterionView criterion;
        private Boolean meets;
        private CapabilityLevel capability;
        private String text;

        AnswerForm(CriterionView criterion, AnswerView given) {
            this.criterion = criterion;
            if (given != null) {
                this.meets = given.meets();
                this.capability = given.capability();
                this.text = given.text();
            }
        }

        AnswerDetails toDetails() {
            return new AnswerDetails(meets, capability, text);
        }

        public CriterionView getCriterion() {
            return criterion;
        }

        public Boolean getMeets() {
            return meets;
        }

        public void setMeets(Boolean meets) {
            this.meets = meets;
        }

        public CapabilityLevel getCapability() {
            return capability;
        }

        public void setCapability(CapabilityLevel capability) {
            this.capability = capability;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public String load() {
        invitation = id == null ? null : Messages.attempt(() -> invitations.find(id), Map.of());
        if (invitation == null) {
            return "/calloff/my-invitations?faces-redirect=true";
        }
        weeklyPrice = invitation.weeklyPrice();
        earliestStart = invitation.earliestStart() != null ? invitation.earliestStart() : invitation.startDate();
        note = invitation.offerNote();
        answers = new ArrayList<>();
        for (var c : invitation.criteria()) {
            answers.add(new AnswerForm(c, c.position() < invitation.answers().size()
                    ? invitation.answers().get(c.position()) : null));
        }
        return null;
    }

    public String offer() {
        var answered = Messages.attempt(() -> invitations.offer(id, invitation.version(),
                new OfferDetails(weeklyPrice, earliestStart, note, answers.stream().map(AnswerForm::toDetails).toList())),
                answerFields());
        if (answered == null) {
            return null;
        }
        Messages.info("Offer sent", "You can change it until " + uk.council.procurement.platform.UkFormat.dateTime(
                answered.offerDeadline()) + ".");
        return "/calloff/invitation?faces-redirect=true&id=" + id;
    }

    /** Messages on answers go beside the answer (answers[2].text to the third answer's input). */
    private Map<String, String> answerFields() {
        var fields = new java.util.HashMap<String, String>(Map.of("weeklyPrice", FORM + ":weeklyPrice",
                "earliestStart", FORM + ":earliestStart", "note", FORM + ":note", "answers", FORM + ":answersMessage"));
        for (int n = 0; n < answers.size(); n++) {
            String row = FORM + ":answers:" + n + ":";
            fields.put("answers[" + n + "].meets", row + "meets");
            fields.put("answers[" + n + "].capability", row + "capability");
            fields.put("answers[" + n + "].text", row + "text");
        }
        return fields;
    }

    public String confirmAward() {
        var confirmed = Messages.attempt(() -> invitations.confirmAward(id, invitation.version()), Map.of());
        if (confirmed == null) {
            return null;
        }
        Messages.info("Award confirmed", "The call-off contract is in your contracts.");
        return "/calloff/invitation?faces-redirect=true&id=" + id;
    }

    public String declineAward() {
        var declined = Messages.attempt(() -> invitations.declineAward(id, invitation.version(), awardDeclineReason),
                Map.of("reason", "awardForm:awardDeclineReason"));
        if (declined == null) {
            return null;
        }
        Messages.info("Award declined", "The council is told and will choose again.");
        return "/calloff/invitation?faces-redirect=true&id=" + id;
    }

    public CapabilityLevel[] getCapabilityLevels() {
        return CapabilityLevel.values();
    }

    public List<AnswerForm> getAnswers() {
        return answers;
    }

    public String getAwardDeclineReason() {
        return awardDeclineReason;
    }

    public void setAwardDeclineReason(String awardDeclineReason) {
        this.awardDeclineReason = awardDeclineReason;
    }

    public String decline() {
        var answered = Messages.attempt(() -> invitations.decline(id, invitation.version(), declineReason),
                Map.of("reason", "declineForm:declineReason"));
        if (answered == null) {
            return null;
        }
        Messages.info("Declined", "The council is told you are not offering for this requirement.");
        return "/calloff/invitation?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public BigDecimal getWeeklyPrice() {
        return weeklyPrice;
    }

    public void setWeeklyPrice(BigDecimal weeklyPrice) {
        this.weeklyPrice = weeklyPrice;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public void setEarliestStart(LocalDate earliestStart) {
        this.earliestStart = earliestStart;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
