package uk.council.procurement.web.notifications;

import static uk.council.procurement.web.api.ETags.IF_MATCH;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import uk.council.procurement.notifications.boundary.EmailView;
import uk.council.procurement.notifications.boundary.Emails;
import uk.council.procurement.notifications.entity.OutboundEmail;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;
import uk.council.procurement.web.api.StrictParameters;

/** The emails sent (or being sent) to providers' users, for council staff and the administrator. */
@Path("emails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class EmailsResource {

    @EJB
    Emails emails;

    @GET
    @Operation(summary = "Emails, newest first (staff)",
            description = "Optionally of one status (PENDING, SENT, FAILED) and matching text (recipient, reference, subject).")
    public Page<EmailView> list(@QueryParam("text") String text, @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return emails.list(text, StrictParameters.enumValue("status", status, OutboundEmail.Status.class), first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One email with its text, and why it was not sent if it was not")
    public Response find(@PathParam("id") Long id) {
        var found = emails.find(id);
        return ETags.ok(found, found.version());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try an email that was not sent again (procurement officers, administrator)",
            description = "Only an email given up on (FAILED). Send If-Match.")
    public Response retry(@PathParam("id") Long id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var retried = emails.retry(id, ETags.version(ifMatch));
        return ETags.ok(retried, retried.version());
    }
}
