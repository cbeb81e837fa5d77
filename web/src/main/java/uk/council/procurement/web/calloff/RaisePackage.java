package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.entity.CarePackageDetails;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.web.faces.Messages;

/** The officer's form for a care-at-home package (calloff/raise-package.xhtml); raising it starts the cascade. */
@Named
@ViewScoped
public class RaisePackage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "raiseForm";

    @EJB
    transient Packages packages;

    private List<LotChoice> zones = List.of();
    private Long lotId;
    private String personReference;
    private String needs;
    private String postcode;
    private LocalDate startDate;
    private Urgency urgency = Urgency.ROUTINE;
    private BigDecimal weeklyHours;
    private BigDecimal hourlyRate;
    private String visits;
    private final ScheduleEditor schedule = new ScheduleEditor();

    @PostConstruct
    void init() {
        zones = packages.zoneChoices();
    }

    public String raise() {
        var fields = new java.util.HashMap<String, String>(Map.of("lotId", FORM + ":zone",
                "personReference", FORM + ":personReference", "needs", FORM + ":needs", "postcode", FORM + ":postcode",
                "startDate", FORM + ":startDate", "urgency", FORM + ":urgency", "weeklyHours",
                FORM + (schedule.isEmpty() ? ":weeklyHours" : ":scheduleMessage"),
                "hourlyRate", FORM + ":hourlyRate", "visits", FORM + ":visits"));
        schedule.fields(FORM, fields);
        // with a schedule, the hours are its carers' time (the service works them out)
        var raised = Messages.attempt(() -> packages.raise(lotId, new CarePackageDetails(personReference, needs, postcode,
                startDate, urgency, schedule.isEmpty() ? weeklyHours : null, hourlyRate, visits, schedule.details())),
                fields);
        if (raised == null) {
            return null;
        }
        Messages.info("Package raised", raised.reference() + " is being offered to the zone's provider on duty.");
        return "/calloff/package?faces-redirect=true&ref=" + raised.reference();
    }

    /** Hours × rate as the officer types them, rounded as the package will be. */
    public BigDecimal getWeeklyCost() {
        if (hourlyRate == null) {
            return null;
        }
        if (!schedule.isEmpty()) { // as the package works it out: carers' minutes x rate / 60
            return hourlyRate.multiply(BigDecimal.valueOf(schedule.getCarerMinutes()))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
        return weeklyHours == null ? null : weeklyHours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
    }

    /** The hours a week: the schedule's carers' time when there is one, otherwise as typed. */
    public BigDecimal getHoursShown() {
        return schedule.isEmpty() ? weeklyHours : schedule.getWeeklyHours();
    }

    public ScheduleEditor getSchedule() {
        return schedule;
    }

    public List<LotChoice> getZones() {
        return zones;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getPersonReference() {
        return personReference;
    }

    public void setPersonReference(String personReference) {
        this.personReference = personReference;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getVisits() {
        return visits;
    }

    public void setVisits(String visits) {
        this.visits = visits;
    }
}
