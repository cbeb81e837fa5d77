package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.calloff.boundary.OfferedPackage;
import uk.council.procurement.calloff.boundary.PackageOffers;
import uk.council.procurement.calloff.entity.DeclineReason;

/** The care-at-home packages offered to the signed-in provider's organisation, and its answers. */
@Path("package-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care at home packages")
public class PackageOffersResource {

    /** Why the provider declines: one of the listed reasons, with text (required for OTHER, at most 500 characters). */
    public record Decline(DeclineReason reason, String text) {
    }

    @EJB
    PackageOffers offers;

    @GET
    @Operation(summary = "Packages offered to my organisation, open ones first (providers)")
    public List<OfferedPackage> mine() {
        return offers.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offer to my organisation (providers)")
    public OfferedPackage find(@PathParam("id") Long id) {
        return offers.find(id);
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept the package (providers)",
            description = "The first acceptance wins; a package already gone, or an offer whose window has ended, is 409.")
    @APIResponse(responseCode = "409", description = "The package has gone, or the time to answer has ended")
    public OfferedPackage accept(@PathParam("id") Long id) {
        return offers.accept(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline the package with a reason (providers)")
    public OfferedPackage decline(@PathParam("id") Long id, Decline request) {
        var body = required(request);
        return offers.decline(id, body.reason(), body.text());
    }
}
