package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.HashMap;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.boundary.Registration;
import uk.council.procurement.web.faces.Messages;

/** A care provider registers its organisation and first user (providers/register.xhtml), then is signed in. */
@Named
@ViewScoped
public class Register implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Register.class.getName());
    private static final String FORM = "registerForm";

    @EJB
    transient Providers providers;

    private final OrganisationForm organisation = new OrganisationForm();
    private String username;
    private String password;
    private String confirmPassword;
    private String fullName;
    private String email;

    public String register() {
        if (password != null && !password.equals(confirmPassword)) {
            Messages.field(FORM + ":confirmPassword", "The two passwords differ");
            return null;
        }
        var fields = new HashMap<>(OrganisationForm.fields(FORM));
        fields.put("username", FORM + ":username");
        fields.put("password", FORM + ":password");
        fields.put("fullName", FORM + ":fullName");
        fields.put("email", FORM + ":email");
        var registered = Messages.attempt(() -> providers.register(new Registration(organisation.toDetails(),
                username, password, fullName, email)), fields);
        if (registered == null) {
            return null;
        }
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            request.login(username.trim().toLowerCase(java.util.Locale.UK), password);
        } catch (ServletException e) {
            LOG.warning("Registered " + username + " but could not sign in automatically: " + e.getMessage());
            return "/login?faces-redirect=true&registered=true";
        }
        Messages.info("Welcome", registered.name() + " is registered. Apply to a DPS below.");
        return "/onboarding/my-applications?faces-redirect=true";
    }

    public OrganisationForm getOrganisation() {
        return organisation;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
