package uk.council.procurement.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.onboarding.boundary.ApplicationQuery;
import uk.council.procurement.onboarding.boundary.InboxItem;
import uk.council.procurement.onboarding.boundary.TaskInbox;
import uk.council.procurement.platform.Page;

@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TasksResource {

    @EJB
    TaskInbox inbox;

    @GET
    @Operation(summary = "Open onboarding tasks of the caller's roles (officers: evaluations; leads: approvals)")
    public Page<InboxItem> openTasks(@QueryParam("text") String text,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("sort") @DefaultValue("dueDate") String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return inbox.openTasks(new ApplicationQuery(text, null, null, overdue, sort, ascending, first, max));
    }

    @POST
    @Path("{reference}/assignment")
    @Operation(summary = "Assign the application's open task of the caller's role to the caller",
            description = "Colleagues then cannot complete it until it is released.")
    @APIResponse(responseCode = "204", description = "Assigned")
    public void assign(@PathParam("reference") String reference) {
        inbox.assignToMe(reference);
    }

    @DELETE
    @Path("{reference}/assignment")
    @Operation(summary = "Release the caller's assignment")
    @APIResponse(responseCode = "204", description = "Released")
    public void release(@PathParam("reference") String reference) {
        inbox.release(reference);
    }
}
