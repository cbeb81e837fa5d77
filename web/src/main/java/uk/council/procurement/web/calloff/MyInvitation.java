package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.InvitationView;
import uk.council.procurement.calloff.boundary.Invitations;
import uk.council.procurement.calloff.boundary.OfferDetails;
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

    public String load() {
        invitation = id == null ? null : Messages.attempt(() -> invitations.find(id), Map.of());
        if (invitation == null) {
            return "/calloff/my-invitations?faces-redirect=true";
        }
        weeklyPrice = invitation.weeklyPrice();
        earliestStart = invitation.earliestStart() != null ? invitation.earliestStart() : invitation.startDate();
        note = invitation.offerNote();
        return null;
    }

    public String offer() {
        var answered = Messages.attempt(() -> invitations.offer(id, invitation.version(),
                new OfferDetails(weeklyPrice, earliestStart, note)), Map.of("weeklyPrice", FORM + ":weeklyPrice",
                "earliestStart", FORM + ":earliestStart", "note", FORM + ":note"));
        if (answered == null) {
            return null;
        }
        Messages.info("Offer sent", "You can change it until " + uk.council.procurement.platform.UkFormat.dateTime(
                answered.offerDeadline()) + ".");
        return "/calloff/invitation?faces-redirect=true&id=" + id;
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
