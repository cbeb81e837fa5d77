package uk.council.procurement.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
}
