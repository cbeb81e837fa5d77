package uk.council.procurement.web.api;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.TestData;

/**
 * Test runs only (-Ddps.test-clock=true): the inbox benchmark's load of open tasks, and a digest of the
 * database for tests that prove a refused request changed nothing. 404 anywhere else.
 */
@Path("test-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test runs")
public class TestDataResource {

    private static final int BATCH = 500;

    @EJB
    TestData testData;

    @POST
    @Path("inbox-load")
    @Operation(summary = "Test runs only: open evaluation tasks numbered from..., (in batches)")
    public Map<String, Integer> load(@QueryParam("from") @DefaultValue("0") int from,
            @QueryParam("count") @DefaultValue("1000") int count) {
        if (count < 1 || count > 5_000 || from < 0 || from > 1_000_000) {
            throw new InvalidInput("count", "Count must be between 1 and 5,000, from between 0 and 1,000,000");
        }
        for (int start = from; start < from + count; start += BATCH) {
            testData.openEvaluationTasks(start, Math.min(BATCH, from + count - start));
        }
        testData.analyze();
        return Map.of("opened", count);
    }

    @jakarta.ws.rs.GET
    @Path("fingerprint")
    @Operation(summary = "Test runs only: a digest of the database's state (row counts and version sums per table)")
    public Map<String, String> fingerprint() {
        return Map.of("fingerprint", testData.fingerprint());
    }

}
