package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.InvitationView;
import uk.council.procurement.calloff.boundary.Invitations;

/** A provider's invitations to call-offs (calloff/my-invitations.xhtml), open ones first. */
@Named
@ViewScoped
public class MyInvitations implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Invitations invitations;

    private List<InvitationView> rows;

    @PostConstruct
    void load() {
        rows = invitations.mine().stream()
                .sorted(java.util.Comparator.comparing((InvitationView i) -> !i.open())).toList();
    }

    public List<InvitationView> getRows() {
        return rows;
    }
}
