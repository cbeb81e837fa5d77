package uk.council.procurement.web.notifications;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.notifications.boundary.Notifications;

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    @EJB
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's latest notifications: its organisation's (providers) or its roles' (staff)")
    public List<Notifications.Message> mine() {
        return notifications.forCurrentUser();
    }
}
