package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.BlockCallOffs;
import uk.council.procurement.calloff.boundary.BlockView;
import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.membership.boundary.EligibleLocation;
import uk.council.procurement.web.faces.Messages;

/**
 * Block call-offs for staff (calloff/blocks.xhtml) with capacity today; officers reserve a new block
 * from a location eligible in the lot now.
 */
@Named
@ViewScoped
public class BlockList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "blockForm";

    @EJB
    transient BlockCallOffs blocks;

    @EJB
    transient Requirements requirements;

    @EJB
    transient Admissions admissions;

    private List<BlockView> rows = List.of();
    private List<LotChoice> lots = List.of();
    private List<EligibleLocation> locations = List.of();
    private Long lotId;
    private String location;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer places;
    private BigDecimal weeklyRate;

    @PostConstruct
    void init() {
        rows = blocks.list();
    }

    /** The form's choices, read when the officer opens it. */
    public void startNew() {
        lots = requirements.lotChoices();
        locations = List.of();
        lotId = null;
        location = null;
    }

    public void lotChosen() {
        locations = lotId == null ? List.of() : admissions.eligibleLocations(lotId, null);
        location = null;
    }

    public String create() {
        var chosen = locations.stream().filter(l -> key(l).equals(location)).findFirst().orElse(null);
        var created = Messages.attempt(() -> blocks.create(lotId, chosen == null ? null : chosen.providerId(),
                chosen == null ? null : chosen.locationId(), title, startDate, endDate, places, weeklyRate),
                Map.of("lotId", FORM + ":lot", "providerId", FORM + ":location", "locationId", FORM + ":location",
                        "title", FORM + ":title", "startDate", FORM + ":startDate", "endDate", FORM + ":endDate",
                        "places", FORM + ":places", "weeklyRate", FORM + ":weeklyRate"));
        if (created == null) {
            return null;
        }
        Messages.info("Block reserved", created.reference() + ": " + created.places() + " places at " + created.locationName() + ".");
        return "/calloff/block?faces-redirect=true&ref=" + created.reference();
    }

    public String key(EligibleLocation l) {
        return l.providerId() + "/" + l.locationId();
    }

    public List<BlockView> getRows() {
        return rows;
    }

    public List<LotChoice> getLots() {
        return lots;
    }

    public List<EligibleLocation> getLocations() {
        return locations;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public BigDecimal getWeeklyRate() {
        return weeklyRate;
    }

    public void setWeeklyRate(BigDecimal weeklyRate) {
        this.weeklyRate = weeklyRate;
    }
}
