package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.contracts.boundary.ContractQuery;
import uk.council.procurement.contracts.boundary.ContractView;
import uk.council.procurement.contracts.boundary.Contracts;
import uk.council.procurement.contracts.boundary.ExtensionReviews;
import uk.council.procurement.contracts.boundary.ReviewSummary;
import uk.council.procurement.web.faces.Messages;

/** Extension reviews (contracts/reviews.xhtml), latest first; officers start one for a market. */
@Named
@ViewScoped
public class ReviewList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ExtensionReviews reviews;

    @EJB
    transient Contracts contracts;

    private List<ReviewSummary> rows = List.of();
    private List<ContractView> markets = List.of();
    private String market;
    private ExtensionReviews.Schedule schedule;

    @PostConstruct
    void init() {
        rows = reviews.list(null, 0, 200).rows();
        schedule = reviews.schedule();
        markets = contracts.list(new ContractQuery("market", null, "live", null, null, null, "reference", false, 0, 200))
                .rows();
    }

    public String start() {
        var started = Messages.attempt(() -> reviews.start(market), Map.of("dps", "startForm:market"));
        if (started == null) {
            return null;
        }
        Messages.info("Review started", started.reference() + " of " + started.dpsReference() + ": "
                + started.items().size() + " providers.");
        return "/contracts/review?faces-redirect=true&ref=" + started.reference();
    }

    public ExtensionReviews.Schedule getSchedule() {
        return schedule;
    }

    public List<ReviewSummary> getRows() {
        return rows;
    }

    public List<ContractView> getMarkets() {
        return markets;
    }

    public String getMarket() {
        return market;
    }

    public void setMarket(String market) {
        this.market = market;
    }
}
