package uk.council.procurement.web.api;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.platform.Clocks;

/**
 * Test runs only (server started with -Ddps.test-clock=true): moves the application's and the
 * process engine's clock, so that tests make timers fire without depending on today's date.
 * Anywhere else it answers 404, as if it did not exist.
 */
@Path("test-clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Test runs")
public class TestClockResource {

    public record Now(Instant now) {
    }

    @PUT
    @Operation(summary = "Test runs only: set the server's clock (it keeps ticking from there)")
    public Now move(Now now) {
        requireTestRun();
        if (now == null || now.now() == null) {
            throw new uk.council.procurement.platform.InvalidInput("now", "Give now, an instant such as 2028-04-03T08:59:00Z");
        }
        Clocks.moveTo(now.now());
        return now;
    }

    @DELETE
    @Operation(summary = "Test runs only: back to the real time")
    public Response reset() {
        requireTestRun();
        Clocks.reset();
        return Response.noContent().build();
    }

    private static void requireTestRun() {
        if (!Clocks.testClockEnabled()) {
            throw new NotFoundException();
        }
    }
}
