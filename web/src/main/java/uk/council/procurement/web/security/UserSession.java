package uk.council.procurement.web.security;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/** The signed-in user as the screens need it (menus, greetings). Permissions are enforced in the EJBs. */
@Named("user")
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CurrentUser currentUser;

    private String displayName;
    private String organisationName;

    public String getUsername() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isSignedIn() {
        return getUsername() != null;
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = currentUser.displayName();
        }
        return displayName;
    }

    /** For a provider user, the organisation they act for; null for staff. */
    public String getOrganisationName() {
        if (organisationName == null && isSignedIn() && isProvider()) {
            organisationName = currentUser.organisationName().orElse(null);
        }
        return organisationName;
    }

    public String getRoleLabel() {
        if (isProvider()) {
            return "Provider";
        }
        var labels = new java.util.ArrayList<String>();
        if (isOfficer()) {
            labels.add("Procurement officer");
        }
        if (isLead()) {
            labels.add("Commissioning lead");
        }
        if (isLegal()) {
            labels.add("Legal");
        }
        if (isQuality()) {
            labels.add("Quality officer");
        }
        return String.join(", ", labels);
    }

    private static boolean in(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public boolean isOfficer() {
        return in(Roles.PROCUREMENT_OFFICER);
    }

    public boolean isLead() {
        return in(Roles.COMMISSIONING_LEAD);
    }

    public boolean isLegal() {
        return in(Roles.LEGAL);
    }

    public boolean isQuality() {
        return in(Roles.QUALITY_OFFICER);
    }

    public boolean isProvider() {
        return in(Roles.PROVIDER);
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public boolean isStaff() {
        return isOfficer() || isLead() || isLegal() || isQuality();
    }

    /** Where each role starts: its task inbox, the DPS list, or the provider's applications. */
    public String home() {
        if (isProvider()) {
            return "/onboarding/my-applications.xhtml?faces-redirect=true";
        }
        if (isOfficer() || isLead()) {
            return "/inbox/tasks.xhtml?faces-redirect=true";
        }
        if (isStaff()) {
            return "/onboarding/applications.xhtml?faces-redirect=true";
        }
        if (isAdmin()) {
            // Operators work in Camunda Cockpit, beside the application.
            try {
                FacesContext.getCurrentInstance().getExternalContext().redirect("/camunda/app/cockpit/");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        return "/login.xhtml?faces-redirect=true";
    }
}
