package uk.council.procurement.web.calloff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.platform.Page;
import uk.council.procurement.transparency.boundary.NoticeEventView;
import uk.council.procurement.transparency.boundary.NoticeEvents;

/**
 * The notice events of call-offs (council staff): what a transparency notice of each issue, award and
 * contract needs, and which notice the market's regime calls for. Publication will read them.
 */
@Path("transparency-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency")
public class TransparencyEventsResource {

    @EJB
    NoticeEvents events;

    @GET
    @Operation(summary = "Notice events, newest first, optionally of one requirement",
            description = "UK4 (tender), UK6 (award) and UK7 (contract details) for a Procurement Act market; the PCR 2015 "
                    + "contract award notice for a legacy DPS or framework; NOT_REQUIRED where the regime asks for none.")
    public Page<NoticeEventView> list(@QueryParam("requirement") String requirement,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return events.list(requirement, first, max);
    }
}
