package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.calloff.boundary.CascadeTermsView;
import uk.council.procurement.calloff.boundary.Rotas;
import uk.council.procurement.calloff.boundary.ZoneView;
import uk.council.procurement.web.api.ETags;

/**
 * Care-at-home zones and their week-on / week-off rotas, and each framework's acceptance windows
 * (council staff read; procurement officers change). The ETag of a zone is its rota's version.
 */
@Path("zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care at home packages")
public class ZonesResource {

    /** The pair and the Monday of the week the first is on duty from. */
    public record Rota(Long firstProviderId, Long secondProviderId, LocalDate startsOn) {
    }

    /** The Monday of the week to turn round (or back). */
    public record Swap(LocalDate week) {
    }

    /** Acceptance windows in minutes (5 to 1440). */
    public record Windows(Integer onDutyMinutes, Integer partnerMinutes, Integer openMinutes) {
    }

    @EJB
    Rotas rotas;

    @GET
    @Operation(summary = "The zones of a framework with their rotas for the coming weeks")
    public List<ZoneView> zones(@QueryParam("dps") String dps) {
        return rotas.zones(dps);
    }

    @GET
    @Path("{lotId}")
    @Operation(summary = "One zone and its rota")
    public Response zone(@PathParam("lotId") Long lotId) {
        var zone = rotas.zone(lotId);
        return zone.hasRota() ? ETags.ok(zone, zone.rotaVersion()) : Response.ok(zone).build();
    }

    @PUT
    @Path("{lotId}/rota")
    @Operation(summary = "Set a zone's rota (procurement officers)",
            description = "Send If-Match with the zone's ETag (428 without it), except when setting a zone's first rota.")
    public Response setRota(@PathParam("lotId") Long lotId, Rota request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        // If-Match is required once the zone has a rota (428 without it); a zone's first rota has none to match.
        Long version = ifMatch == null && !rotas.zone(lotId).hasRota() ? null : ETags.version(ifMatch);
        var zone = rotas.setRota(lotId, version, body.firstProviderId(), body.secondProviderId(), body.startsOn());
        return ETags.ok(zone, zone.rotaVersion());
    }

    @POST
    @Path("{lotId}/rota/swaps")
    @Operation(summary = "Turn one week of a zone's rota round, or back (procurement officers)",
            description = "Send If-Match.")
    public Response swap(@PathParam("lotId") Long lotId, Swap request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var zone = rotas.swapWeek(lotId, ETags.version(ifMatch), required(request).week());
        return ETags.ok(zone, zone.rotaVersion());
    }

    @GET
    @Path("windows")
    @Operation(summary = "A framework's acceptance windows (the defaults until an officer sets them)")
    public Response windows(@QueryParam("dps") String dps) {
        var terms = rotas.terms(dps);
        return terms.version() == null ? Response.ok(terms).build() : ETags.ok(terms, terms.version());
    }

    @PUT
    @Path("windows")
    @Operation(summary = "Set a framework's acceptance windows (procurement officers)",
            description = "Send If-Match once the framework has windows of its own (428 without it).")
    public Response setWindows(@QueryParam("dps") String dps, Windows request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        Long version = ifMatch == null && rotas.terms(dps).version() == null ? null : ETags.version(ifMatch);
        var terms = rotas.setTerms(dps, version, body.onDutyMinutes(), body.partnerMinutes(), body.openMinutes());
        return ETags.ok(terms, terms.version());
    }
}
