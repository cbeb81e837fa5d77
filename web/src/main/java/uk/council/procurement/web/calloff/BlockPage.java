package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.BlockCallOffs;
import uk.council.procurement.calloff.boundary.BlockView;
import uk.council.procurement.web.faces.Messages;

/** One block call-off (calloff/block.xhtml): capacity, the stays, placing a person, ending a stay early. */
@Named
@ViewScoped
public class BlockPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BlockCallOffs blocks;

    private String ref;
    private BlockView block;
    private List<HistoryEntry> history = List.of();
    private String personReference;
    private LocalDate fromDate;
    private LocalDate toDate;
    private BlockView.Placement ending;
    private LocalDate lastDay;
    private String reason;

    public String load() {
        block = Messages.attempt(() -> blocks.find(ref), Map.of());
        if (block == null) {
            return "/calloff/blocks?faces-redirect=true";
        }
        history = blocks.history(ref);
        return null;
    }

    public String place() {
        var placed = Messages.attempt(() -> blocks.place(ref, personReference, fromDate, toDate),
                Map.of("personReference", "placeForm:personReference", "fromDate", "placeForm:fromDate",
                        "toDate", "placeForm:toDate"));
        if (placed == null) {
            return null;
        }
        Messages.info("Placed", personReference + " from " + uk.council.procurement.platform.UkFormat.date(fromDate) + ".");
        return "/calloff/block?faces-redirect=true&ref=" + ref;
    }

    public void startEnding(BlockView.Placement placement) {
        ending = placement;
        lastDay = null;
        reason = null;
    }

    public String end() {
        var ended = Messages.attempt(() -> blocks.endPlacement(ref, ending.id(), ending.version(), lastDay, reason),
                Map.of("lastDay", "endForm:lastDay", "reason", "endForm:reason"));
        if (ended == null) {
            return null;
        }
        Messages.info("Stay ended", "Its place is free from the day after its last day.");
        return "/calloff/block?faces-redirect=true&ref=" + ref;
    }

    /** Today in the UK: stays that have finished cannot end early. */
    public LocalDate getToday() {
        return LocalDate.now(uk.council.procurement.platform.Clocks.UK);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public BlockView getBlock() {
        return block;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getPersonReference() {
        return personReference;
    }

    public void setPersonReference(String personReference) {
        this.personReference = personReference;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public BlockView.Placement getEnding() {
        return ending;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
