package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.calloff.boundary.OfferRow;
import uk.council.procurement.calloff.boundary.RequirementView;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.RequirementDetails;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;

/**
 * Requirements (call-off competitions), for council staff. Offers are sealed: {@code /offers} is
 * refused (409) until the deadline has passed or every invited location has answered.
 */
@Path("requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call-offs")
public class RequirementsResource {

    /** A requirement as an officer raises or changes it; the offer deadline is an instant (UTC, ISO 8601). */
    public record NewRequirement(Long lotId, String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline) {

        RequirementDetails details() {
            return new RequirementDetails(personReference, needs, postcode, startDate, urgency, weeklyBudget, offerDeadline);
        }
    }

    public record Cancellation(String reason) {
    }

    @EJB
    Requirements requirements;

    @GET
    @Operation(summary = "Requirements, newest first (council staff)")
    public Page<RequirementView> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return requirements.list(first, max);
    }

    @POST
    @Operation(summary = "Raise a draft requirement in a lot (procurement officers)",
            description = "Nothing is sent until it is issued.")
    @APIResponse(responseCode = "201", description = "Draft raised")
    public Response raise(NewRequirement request) {
        var body = required(request);
        var raised = requirements.raise(body.lotId(), body.details());
        return ETags.created("requirements/" + raised.reference(), raised, raised.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A requirement, who was invited and who has answered (never what they offered)")
    public Response find(@PathParam("reference") String reference) {
        var found = requirements.find(reference);
        return ETags.ok(found, found.version());
    }

    @PUT
    @Path("{reference}")
    @Operation(summary = "Change a draft requirement (procurement officers)", description = "Send If-Match.")
    public Response change(@PathParam("reference") String reference, NewRequirement request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = requirements.change(reference, ETags.version(ifMatch), required(request).details());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/issue")
    @Operation(summary = "Issue a draft to every location eligible in its lot now (procurement officers)",
            description = "The list of invited locations is kept as it was at this moment. Send If-Match.")
    public Response issue(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var issued = requirements.issue(reference, ETags.version(ifMatch));
        return ETags.ok(issued, issued.version());
    }

    @POST
    @Path("{reference}/cancellation")
    @Operation(summary = "Cancel a requirement with a reason (procurement officers)", description = "Send If-Match.")
    public Response cancel(@PathParam("reference") String reference, Cancellation request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var cancelled = requirements.cancel(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(cancelled, cancelled.version());
    }

    @GET
    @Path("{reference}/offers")
    @Operation(summary = "The answers with their prices, once unsealed",
            description = "Refused with 409 (wrong-state) before the deadline unless every invited location has answered.")
    public List<OfferRow> offers(@PathParam("reference") String reference) {
        return requirements.offers(reference);
    }
}
