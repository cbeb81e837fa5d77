package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.OfferedPackage;
import uk.council.procurement.calloff.boundary.PackageOffers;
import uk.council.procurement.calloff.entity.DeclineReason;
import uk.council.procurement.web.faces.Messages;

/**
 * The packages offered to the provider's organisation (calloff/my-packages.xhtml), open ones first,
 * each with accept and decline; made for a phone as much as a desk.
 */
@Named
@ViewScoped
public class MyPackages implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PackageOffers offers;

    private List<OfferedPackage> rows = List.of();
    private Long declining;
    private DeclineReason reason;
    private String text;

    @PostConstruct
    void init() {
        rows = offers.mine();
    }

    public void refresh() {
        rows = offers.mine();
    }

    /** The page's poll: the list is drawn again only when it changed (so a reader's place is kept). */
    public void poll() {
        var now = offers.mine();
        if (!now.equals(rows)) {
            rows = now;
            org.primefaces.PrimeFaces.current().ajax().update("packagesForm:packages");
        }
    }

    /**
     * The offer a button was drawn for, sent with the click: the list may have been redrawn since
     * (the poll), so a row's position would not do.
     */
    private static Long offerId() {
        String value = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("offerId");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void accept() {
        Long offerId = offerId();
        var accepted = Messages.attempt(() -> offers.accept(offerId), Map.of());
        if (accepted != null) {
            Messages.info("Accepted", "Package " + accepted.packageReference() + " is yours. The council has been told.");
        }
        refresh();
    }

    /** Opens the decline form for one offer. */
    public void startDecline() {
        declining = offerId();
        reason = null;
        text = null;
    }

    public void decline() {
        var declined = Messages.attempt(() -> offers.decline(declining, reason, text),
                Map.of("reason", "declineForm:reason", "text", "declineForm:text"));
        if (declined != null) {
            Messages.info("Declined", "Package " + declined.packageReference() + ": thank you for saying why.");
            declining = null;
            refresh();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("declined", true);
        }
    }

    public List<OfferedPackage> getRows() {
        return rows;
    }

    public OfferedPackage getDecliningRow() {
        return rows.stream().filter(r -> r.offerId().equals(declining)).findFirst().orElse(null);
    }

    public DeclineReason[] getReasons() {
        return DeclineReason.values();
    }

    public DeclineReason getReason() {
        return reason;
    }

    public void setReason(DeclineReason reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
