package uk.council.procurement.web.security;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** What the login page says when sign-in was refused for a while after repeated failures. */
@Named
@RequestScoped
public class SignInNotice {

    /** "Try again in 30 seconds", from the login page's locked parameter; null when not locked. */
    public String getLocked() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("locked");
        if (value == null || !value.matches("\\d{1,5}")) {
            return null;
        }
        long seconds = Long.parseLong(value);
        return seconds < 1 ? null : "Too many failed sign-ins for this account or from this computer. For your "
                + "security, try again in " + SignInGuard.describe(Duration.ofSeconds(seconds)) + ".";
    }
}
