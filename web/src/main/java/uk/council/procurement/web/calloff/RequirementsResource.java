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

import uk.council.procurement.calloff.boundary.Evaluations;
import uk.council.procurement.calloff.boundary.OfferRow;
import uk.council.procurement.calloff.boundary.RequirementSummary;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.CriterionDetails;
import uk.council.procurement.calloff.entity.RequirementDetails;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.calloff.entity.VisitDetails;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;
import uk.council.procurement.web.api.StrictParameters;

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

    /**
     * A requirement as an officer raises or changes it; the offer deadline is an instant (UTC, ISO 8601).
     * {@code maxDistanceKm} (care homes, 1 to 100): only locations within it of the postcode are invited;
     * if the postcode service cannot place the postcode, the whole lot is, and the requirement says so.
     * {@code schedule} (care at home only): the visits a week, each {@code {"day": "MONDAY", "start":
     * "08:00", "carers": 2, "minutes": 45}}.
     */
    public record NewRequirement(Long lotId, String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline, List<CriterionDetails> criteria,
            Integer maxDistanceKm, List<VisitDetails> schedule) {

        RequirementDetails details() {
            return new RequirementDetails(personReference, needs, postcode, startDate, urgency, weeklyBudget, offerDeadline,
                    criteria == null ? List.of() : criteria, maxDistanceKm, schedule == null ? List.of() : schedule);
        }
    }

    public record Cancellation(String reason) {
    }

    /** An officer's mark (0 to 5) for one offer's answer to the outcome question at {@code position}. */
    public record Mark(Long invitationId, Integer position, Integer mark) {
    }

    /** The offer proposed for award; a reason is required when it is not the one ranked first. */
    public record AwardProposal(Long invitationId, String reason) {
    }

    public record Note(String note) {
    }

    @EJB
    Requirements requirements;

    @EJB
    Evaluations evaluations;

    @GET
    @Operation(summary = "Requirements, newest first (council staff)",
            description = "Optionally of one status and matching text (reference, person's reference, postcode, lot).")
    public Page<RequirementSummary> list(@QueryParam("text") String text, @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return requirements.list(text, StrictParameters.enumValue("status", status, RequirementStatus.class), first, max);
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

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Who decided what on the requirement, when and why (council staff)")
    public List<uk.council.procurement.audit.boundary.HistoryEntry> history(@PathParam("reference") String reference) {
        return requirements.history(reference);
    }

    @GET
    @Path("{reference}/evaluation")
    @Operation(summary = "The evaluation table: every answer with its scores and rank, once unsealed",
            description = "Refused with 409 while the offers are sealed. ETag: the requirement's version.")
    public Response evaluation(@PathParam("reference") String reference) {
        var table = evaluations.table(reference);
        return ETags.ok(table, table.version());
    }

    @PUT
    @Path("{reference}/marks")
    @Operation(summary = "Mark one offer's answer to an outcome question, 0 to 5 (procurement officers)",
            description = "If-Match: the offer's version from the evaluation table's row. The answer is the table "
                    + "again; its ETag is the requirement's version, which every mark moves on (a proposal made on an "
                    + "older table is refused).")
    public Response mark(@PathParam("reference") String reference, Mark request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var table = evaluations.mark(reference, body.invitationId(), ETags.version(ifMatch), body.position(), body.mark());
        return ETags.ok(table, table.version());
    }

    @POST
    @Path("{reference}/award")
    @Operation(summary = "Propose the award to an offer (procurement officers)",
            description = "Every outcome answer must be marked. Above the lot's approval threshold (annual value = weekly "
                    + "price x 52.14) a commissioning lead approves; otherwise the winner is asked to confirm. Send If-Match.")
    public Response proposeAward(@PathParam("reference") String reference, AwardProposal request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var proposed = evaluations.proposeAward(reference, ETags.version(ifMatch), body.invitationId(), body.reason());
        return ETags.ok(proposed, proposed.version());
    }

    @POST
    @Path("{reference}/award/approval")
    @Operation(summary = "Approve the proposed award (commissioning leads other than the proposer)",
            description = "Send If-Match.")
    public Response approveAward(@PathParam("reference") String reference, Note request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var approved = evaluations.approveAward(reference, ETags.version(ifMatch), request == null ? null : request.note());
        return ETags.ok(approved, approved.version());
    }

    @POST
    @Path("{reference}/award/return")
    @Operation(summary = "Return the proposed award to the officers with a reason (commissioning leads)",
            description = "Send If-Match.")
    public Response returnAward(@PathParam("reference") String reference, Cancellation request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var returned = evaluations.returnAward(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(returned, returned.version());
    }

    @POST
    @Path("{reference}/closure")
    @Operation(summary = "Close the requirement without an award, saying what happens instead (procurement officers)",
            description = "After the deadline: no offers, none acceptable, or the winner declined. Send If-Match.")
    public Response close(@PathParam("reference") String reference, Cancellation request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var closed = evaluations.endWithoutAward(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(closed, closed.version());
    }
}
