package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.calloff.boundary.InvitationView;
import uk.council.procurement.calloff.boundary.Invitations;
import uk.council.procurement.calloff.boundary.OfferDetails;
import uk.council.procurement.web.api.ETags;

/** A provider's invitations to call-offs and its answers (provider users; their own organisation's only). */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call-offs")
public class InvitationsResource {

    public record Decline(String reason) {
    }

    @EJB
    Invitations invitations;

    @GET
    @Operation(summary = "The caller's organisation's invitations, latest deadline first")
    public List<InvitationView> mine() {
        return invitations.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invitation of the caller's organisation, with its answer")
    public Response find(@PathParam("id") Long id) {
        var found = invitations.find(id);
        return ETags.ok(found, found.version());
    }

    @PUT
    @Path("{id}/offer")
    @Operation(summary = "Make or change the offer, until the deadline",
            description = "Weekly price in pounds and pence, earliest start, optional note. Send If-Match.")
    public Response offer(@PathParam("id") Long id, OfferDetails offer,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var answered = invitations.offer(id, ETags.version(ifMatch), required(offer));
        return ETags.ok(answered, answered.version());
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline, or withdraw the offer made, with a reason, until the deadline",
            description = "Send If-Match.")
    public Response decline(@PathParam("id") Long id, Decline decline,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var answered = invitations.decline(id, ETags.version(ifMatch), required(decline).reason());
        return ETags.ok(answered, answered.version());
    }

    @POST
    @Path("{id}/award-confirmation")
    @Operation(summary = "Confirm the award made to this offer: the call-off contract is created",
            description = "Send If-Match.")
    public Response confirmAward(@PathParam("id") Long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var confirmed = invitations.confirmAward(id, ETags.version(ifMatch));
        return ETags.ok(confirmed, confirmed.version());
    }

    @POST
    @Path("{id}/award-decline")
    @Operation(summary = "Decline the award made to this offer, with a reason", description = "Send If-Match.")
    public Response declineAward(@PathParam("id") Long id, Decline decline,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var declined = invitations.declineAward(id, ETags.version(ifMatch), required(decline).reason());
        return ETags.ok(declined, declined.version());
    }
}
