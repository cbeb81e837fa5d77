package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.CriteriaTemplates;
import uk.council.procurement.calloff.boundary.TemplateView;
import uk.council.procurement.calloff.entity.CriterionDetails;
import uk.council.procurement.web.api.ETags;

/** Reusable criteria per lot (officers keep them; staff read them). A requirement copies a template's criteria. */
@Path("criteria-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call-offs")
public class CriteriaTemplatesResource {

    /** A template as an officer writes it: the lot (on creation only), a name unique in the lot, 1 to 30 criteria. */
    public record NewTemplate(Long lotId, String name, List<CriterionDetails> criteria) {
    }

    @EJB
    CriteriaTemplates templates;

    @GET
    @Operation(summary = "Criteria templates, of one lot or of all, by market, lot and name (council staff)")
    public List<TemplateView> list(@QueryParam("lot") Long lotId) {
        return templates.list(lotId);
    }

    @POST
    @Operation(summary = "Create a template in a lot (procurement officers)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(NewTemplate request) {
        var body = required(request);
        var created = templates.create(body.lotId(), body.name(), body.criteria());
        return ETags.created("criteria-templates/" + created.id(), created, created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One template with its criteria")
    public Response find(@PathParam("id") Long id) {
        var found = templates.find(id);
        return ETags.ok(found, found.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who created, changed and deleted a template, and when (also after it is deleted)")
    public List<HistoryEntry> history(@PathParam("id") Long id) {
        return templates.history(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a template and replace its criteria (procurement officers)",
            description = "The lot does not change. Requirements raised from it keep their copies. Send If-Match.")
    public Response change(@PathParam("id") Long id, NewTemplate request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var changed = templates.change(id, ETags.version(ifMatch), body.name(), body.criteria());
        return ETags.ok(changed, changed.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a template (procurement officers)",
            description = "Requirements raised from it keep their copies. Send If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        templates.delete(id, ETags.version(ifMatch));
        return Response.noContent().build();
    }
}
