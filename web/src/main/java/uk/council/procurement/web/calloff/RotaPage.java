package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.CascadeTermsView;
import uk.council.procurement.calloff.boundary.Rotas;
import uk.council.procurement.calloff.boundary.ZoneView;
import uk.council.procurement.web.faces.Messages;

/**
 * A framework's care-at-home zones and their rotas, and its acceptance windows (calloff/rota.xhtml).
 * Staff read; officers set a zone's pair, swap single weeks and change the windows.
 */
@Named
@ViewScoped
public class RotaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Rotas rotas;

    private String dps;
    private List<String> frameworks = List.of();
    private List<ZoneView> zones = List.of();
    private CascadeTermsView terms;
    private Integer onDutyMinutes;
    private Integer partnerMinutes;
    private Integer openMinutes;
    private ZoneView editing;
    private Long firstProviderId;
    private Long secondProviderId;
    private LocalDate startsOn;

    public String load() {
        frameworks = rotas.frameworks();
        if (dps == null || dps.isBlank() || !frameworks.contains(dps)) {
            dps = frameworks.isEmpty() ? null : frameworks.get(frameworks.size() - 1);
        }
        read();
        return null;
    }

    private void read() {
        if (dps == null) {
            return;
        }
        zones = rotas.zones(dps);
        terms = rotas.terms(dps);
        onDutyMinutes = terms.onDutyMinutes();
        partnerMinutes = terms.partnerMinutes();
        openMinutes = terms.openMinutes();
    }

    /** Another framework chosen: the page is opened again for it (its windows and zones, with their versions). */
    public void changeFramework() throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/calloff/rota.xhtml?dps="
                + java.net.URLEncoder.encode(dps == null ? "" : dps, java.nio.charset.StandardCharsets.UTF_8));
    }

    public void saveWindows() {
        var saved = Messages.attempt(() -> rotas.setTerms(dps, terms.version(), onDutyMinutes, partnerMinutes, openMinutes),
                Map.of("onDutyMinutes", "windowsForm:onDuty", "partnerMinutes", "windowsForm:partner",
                        "openMinutes", "windowsForm:open"));
        if (saved != null) {
            Messages.info("Windows saved", "New packages and steps use them from now.");
            read();
        }
    }

    public void edit(ZoneView zone) {
        editing = zone;
        firstProviderId = zone.firstProviderId();
        secondProviderId = zone.secondProviderId();
        startsOn = zone.startsOn() != null ? zone.startsOn()
                : zone.weeks().isEmpty() ? uk.council.procurement.calloff.entity.ZoneRota.weekOf(LocalDate.now(uk.council.procurement.platform.Clocks.UK)) : null;
    }

    public void saveRota() {
        var saved = Messages.attempt(() -> rotas.setRota(editing.lotId(), editing.rotaVersion(), firstProviderId,
                secondProviderId, startsOn), Map.of("firstProviderId", "rotaForm:first", "secondProviderId", "rotaForm:second",
                "startsOn", "rotaForm:startsOn"));
        if (saved != null) {
            Messages.info("Rota saved", saved.zone() + ": " + saved.onDutyNow() + " is on duty this week.");
            editing = null;
            read();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
    }

    public void swap(ZoneView zone, ZoneView.Week week) {
        var swapped = Messages.attempt(() -> rotas.swapWeek(zone.lotId(), zone.rotaVersion(), week.weekCommencing()), Map.of());
        if (swapped != null) {
            Messages.info("Week changed", swapped.zone() + ", week of " + uk.council.procurement.platform.UkFormat.date(
                    week.weekCommencing()) + ": " + swapped.weeks().stream()
                            .filter(w -> w.weekCommencing().equals(week.weekCommencing())).findFirst()
                            .map(ZoneView.Week::onDutyName).orElse("") + " on duty.");
        }
        read();
    }

    public String getDps() {
        return dps;
    }

    public void setDps(String dps) {
        this.dps = dps;
    }

    public List<String> getFrameworks() {
        return frameworks;
    }

    public List<ZoneView> getZones() {
        return zones;
    }

    public CascadeTermsView getTerms() {
        return terms;
    }

    public Integer getOnDutyMinutes() {
        return onDutyMinutes;
    }

    public void setOnDutyMinutes(Integer onDutyMinutes) {
        this.onDutyMinutes = onDutyMinutes;
    }

    public Integer getPartnerMinutes() {
        return partnerMinutes;
    }

    public void setPartnerMinutes(Integer partnerMinutes) {
        this.partnerMinutes = partnerMinutes;
    }

    public Integer getOpenMinutes() {
        return openMinutes;
    }

    public void setOpenMinutes(Integer openMinutes) {
        this.openMinutes = openMinutes;
    }

    public ZoneView getEditing() {
        return editing;
    }

    public Long getFirstProviderId() {
        return firstProviderId;
    }

    public void setFirstProviderId(Long firstProviderId) {
        this.firstProviderId = firstProviderId;
    }

    public Long getSecondProviderId() {
        return secondProviderId;
    }

    public void setSecondProviderId(Long secondProviderId) {
        this.secondProviderId = secondProviderId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }
}
