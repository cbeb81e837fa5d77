package uk.council.procurement.web.inbox;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.inbox.boundary.TaskInbox;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.workflow.TaskCounts;

@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TasksResource {

    @EJB
    TaskInbox inbox;

    @GET
    @Operation(summary = "Open tasks of the caller's roles, of every procedure (council staff)")
    public Page<TaskInbox.InboxItem> openTasks(
            @Parameter(description = "all (of my roles), mine, or unassigned") @QueryParam("scope") @DefaultValue("all") String scope,
            @Parameter(description = "One procedure's process key (see /tasks/procedures)") @QueryParam("procedure") String procedure,
            @Parameter(description = "Reference, provider or market contains this (case-insensitive)") @QueryParam("text") String text,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "due, created or name") @QueryParam("sort") @DefaultValue("due") String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return inbox.openTasks(new TaskInbox.InboxQuery(scope, procedure, overdue, text, sort, ascending, first, max));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Unassigned in my roles, mine, due within two working days, overdue")
    public TaskCounts counts() {
        return inbox.counts();
    }

    @GET
    @Path("procedures")
    @Operation(summary = "The procedures whose tasks the inbox lists")
    public List<TaskInbox.Procedure> procedures() {
        return inbox.procedures();
    }

    @POST
    @Path("{businessKey}/assignment")
    @Operation(summary = "Assign the open task of the caller's role on this business object to the caller",
            description = "Colleagues then cannot complete it until it is released. The business key is the "
                    + "reference of what the task is about (an application reference, for onboarding).")
    @APIResponse(responseCode = "204", description = "Assigned")
    public void assign(@PathParam("businessKey") String businessKey) {
        inbox.claim(businessKey);
    }

    @DELETE
    @Path("{businessKey}/assignment")
    @Operation(summary = "Release the caller's assignment")
    @APIResponse(responseCode = "204", description = "Released")
    public void release(@PathParam("businessKey") String businessKey) {
        inbox.release(businessKey);
    }
}
