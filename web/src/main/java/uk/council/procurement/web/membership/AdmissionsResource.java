package uk.council.procurement.web.membership;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.web.api.ETags;

@Path("admissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Membership")
public class AdmissionsResource {

    public record Suspension(String reason, boolean liftingNeedsLead) {
    }

    public record Lifting(String reason) {
    }

    public record Coverage(String locationId) {
    }

    @EJB
    Admissions admissions;

    @GET
    @Path("{id}")
    @Operation(summary = "An admission of an organisation to a lot", description = "Provider users reach only their own.")
    public Response find(@PathParam("id") Long id) {
        return withETag(admissions.find(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who suspended, lifted or extended the admission, when and why")
    public List<HistoryEntry> history(@PathParam("id") Long id) {
        return admissions.history(id);
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "Suspend from new call-offs, with a reason (procurement officers, commissioning leads)")
    public Response suspend(@PathParam("id") Long id, Suspension suspension,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(suspension);
        return withETag(admissions.suspend(id, ETags.version(ifMatch), body.reason(), body.liftingNeedsLead()));
    }

    @POST
    @Path("{id}/lifting")
    @Operation(summary = "Lift a suspension, with a reason",
            description = "A suspension for a rating, or marked so, is lifted by a commissioning lead only.")
    public Response lift(@PathParam("id") Long id, Lifting lifting,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(admissions.lift(id, ETags.version(ifMatch), required(lifting).reason()));
    }

    @POST
    @Path("{id}/locations")
    @Operation(summary = "Cover a location the organisation listed after admission (procurement officers)")
    public Response cover(@PathParam("id") Long id, Coverage coverage,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(admissions.cover(id, ETags.version(ifMatch), required(coverage).locationId()));
    }

    private static Response withETag(Admissions.AdmissionView admission) {
        return ETags.ok(admission, admission.version());
    }
}
