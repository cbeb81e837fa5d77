package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.onboarding.boundary.ProviderApplication;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.web.faces.Messages;

/** One application as its provider sees it (onboarding/my-application.xhtml): status, due date, decisions, agreement. */
@Named
@ViewScoped
public class MyApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;

    private String ref;
    private ProviderApplication application;
    private List<HistoryEntry> history = List.of();
    private String withdrawalReason;

    public String load() {
        application = Messages.attempt(() -> applications.mine(ref), Map.of());
        if (application == null) {
            return "/onboarding/my-applications?faces-redirect=true";
        }
        history = applications.history(ref);
        return null;
    }

    public String acceptAgreement() {
        var accepted = Messages.attempt(() -> applications.acceptAgreement(ref, application.version()), Map.of());
        if (accepted == null) {
            return null;
        }
        Messages.info("Agreement accepted", "Your admission to the lots takes effect in a moment.");
        return "/onboarding/my-application?faces-redirect=true&ref=" + ref;
    }

    /** Withdraws the application with the provider's reason; the council's evaluation stops. */
    public String withdraw() {
        // The council's automatic check may have moved the application on since the page was shown; the
        // provider's withdrawal stands against the latest version (the service still checks the status).
        var withdrawn = Messages.attempt(() -> applications.withdraw(ref, applications.mine(ref).version(),
                withdrawalReason), Map.of("reason", "withdrawForm:withdrawalReason"));
        if (withdrawn == null) {
            return null;
        }
        Messages.info("Application withdrawn", ref + " is withdrawn; you can apply to this DPS again at any time.");
        return "/onboarding/my-application?faces-redirect=true&ref=" + ref;
    }

    public boolean isWithdrawable() {
        return application != null && ApplicationStatus.UNDECIDED.contains(application.status());
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ProviderApplication getApplication() {
        return application;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }
}
