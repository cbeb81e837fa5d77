package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.BlockCallOffs;
import uk.council.procurement.calloff.boundary.BlockView;
import uk.council.procurement.web.api.ETags;

/**
 * Block call-offs: capacity reserved with a provider's location for a period at a weekly rate per
 * place, and the people placed into it while a place is free (council staff; officers change;
 * providers read their own under {@code /mine}).
 */
@Path("block-call-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Block call-offs")
public class BlockCallOffsResource {

    /** A block as an officer reserves it: the lot, the provider and its CQC location, the period, places and rate. */
    public record NewBlock(Long lotId, Long providerId, String locationId, String title, LocalDate startDate,
            LocalDate endDate, Integer places, BigDecimal weeklyRate) {
    }

    /** A person's stay: from and to (both days included). */
    public record NewPlacement(String personReference, LocalDate fromDate, LocalDate toDate) {
    }

    /** Ends a stay early: its last day (the day before it began cancels it) and why. */
    public record Ending(LocalDate lastDay, String reason) {
    }

    @EJB
    BlockCallOffs blocks;

    @GET
    @Operation(summary = "Block call-offs, latest first, with places in use and free today (council staff)")
    public List<BlockView> list() {
        return blocks.list();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My organisation's block call-offs (providers; without the people's references)")
    public List<BlockView> mine() {
        return blocks.mine();
    }

    @POST
    @Operation(summary = "Reserve a block (procurement officers)",
            description = "The location must be able to take call-offs in the lot now; the period lies within the market's term.")
    @APIResponse(responseCode = "201", description = "Block created")
    public Response create(NewBlock request) {
        var b = required(request);
        var created = blocks.create(b.lotId(), b.providerId(), b.locationId(), b.title(), b.startDate(), b.endDate(),
                b.places(), b.weeklyRate());
        return ETags.created("block-call-offs/" + created.reference(), created, created.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A block with its placements and capacity today (council staff)")
    public Response find(@PathParam("reference") String reference) {
        var found = blocks.find(reference);
        return ETags.ok(found, found.version());
    }

    @POST
    @Path("{reference}/placements")
    @Operation(summary = "Place a person in the block (procurement officers)",
            description = "Refused (409) when every place is taken on any day of the stay.")
    @APIResponse(responseCode = "201", description = "Placed")
    public Response place(@PathParam("reference") String reference, NewPlacement request) {
        var p = required(request);
        var placed = blocks.place(reference, p.personReference(), p.fromDate(), p.toDate());
        return Response.status(Response.Status.CREATED).entity(placed).build();
    }

    @POST
    @Path("{reference}/placements/{placementId}/ending")
    @Operation(summary = "End a stay early, freeing its place from the day after (procurement officers)",
            description = "Send If-Match with the placement's version.")
    public BlockView end(@PathParam("reference") String reference, @PathParam("placementId") Long placementId,
            Ending request, @Parameter(description = "The stay's `version` as the block lists it (e.g. \"0\"); required.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var e = required(request);
        return blocks.endPlacement(reference, placementId, ETags.version(ifMatch), e.lastDay(), e.reason());
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Who decided what on the block, when and why")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return blocks.history(reference);
    }
}
