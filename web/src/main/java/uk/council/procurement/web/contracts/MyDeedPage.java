package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.contracts.boundary.DeedView;
import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.web.faces.Messages;

/** The provider's deed (contracts/my-deed.xhtml?ref=): read the PDF, then sign it or refuse with reasons. */
@Named
@ViewScoped
public class MyDeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Deeds deeds;

    @EJB
    transient CurrentUser currentUser;

    private String ref;
    private DeedView deed;
    private String signatory;
    private boolean read;
    private String refusal;

    public String load() {
        deed = Messages.attempt(() -> deeds.find(ref), Map.of());
        if (deed == null) {
            return "/calloff/my-contracts?faces-redirect=true";
        }
        if (signatory == null) {
            signatory = currentUser.displayName();
        }
        return null;
    }

    private String reload() {
        return "/contracts/my-deed?faces-redirect=true&ref=" + ref;
    }

    /** Signs the document this page showed: its digest goes with the signature. */
    public String sign() {
        if (!read) {
            Messages.field("signForm:read", "Confirm that you have read the deed");
            return null;
        }
        var signed = Messages.attempt(() -> deeds.sign(ref, deed.version(), signatory, deed.documentSha256()),
                Map.of("signatory", "signForm:signatory"));
        if (signed == null) {
            return null;
        }
        Messages.info("Deed signed", "The council's legal team will now sign and seal it.");
        return reload();
    }

    public String refuse() {
        var refused = Messages.attempt(() -> deeds.refuse(ref, deed.version(), refusal), Map.of("reason", "refuseForm:reason"));
        if (refused == null) {
            return null;
        }
        Messages.info("Deed refused", "The council has been told; your agreement ends on "
                + uk.council.procurement.platform.UkFormat.date(refused.oldExpiry()) + ".");
        return reload();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public DeedView getDeed() {
        return deed;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public boolean isRead() {
        return read;
    }

    public void setRead(boolean read) {
        this.read = read;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
