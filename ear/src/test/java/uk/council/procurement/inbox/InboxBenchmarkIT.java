package uk.council.procurement.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ServerTest;

/**
 * The inbox with 10,000 open tasks: sorting, filtering and paging happen in the database, so a page
 * comes back fast. The load stays (removing 10,000 processes takes minutes on two cores): the other
 * tests find their own tasks by reference, and every run starts on a fresh database. Writes the
 * figures to target/benchmark/inbox-H2.txt or inbox-PostgreSQL.txt (README quotes them).
 */
class InboxBenchmarkIT extends ServerTest {

    static final int TASKS = 10_000;
    static final int CHUNK = 1_000;
    /** Generous for a 2-core CI machine; the figure measured is in README. */
    static final long P95_LIMIT_MS = 1_500;

    static final List<String> PAGES = List.of(
            "tasks?max=25",
            "tasks?max=25&sort=due&ascending=false",
            "tasks?max=25&sort=created",
            "tasks?max=25&first=5000",
            "tasks?max=25&overdue=true",
            "tasks?max=25&scope=unassigned&procedure=onboarding",
            "tasks?max=25&text=care%20ltd%2042",
            "tasks?max=25&text=LOAD-0099",
            "tasks/counts");

    @Test
    void aPageOfTheInboxStaysFastWith10000OpenTasks() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("inbox.benchmark.skip"),
                "left out of this run (-Dinbox.benchmark.skip=true)");
        long loadStarted = System.nanoTime();
        for (int from = 0; from < TASKS; from += CHUNK) {
            Api.send(Api.request("officer", "test-data/inbox-load?from=" + from + "&count=" + CHUNK)
                    .timeout(Duration.ofMinutes(5)).POST(java.net.http.HttpRequest.BodyPublishers.noBody())).expect(200);
        }
        long loadSeconds = Duration.ofNanos(System.nanoTime() - loadStarted).toSeconds();
        assertThat(Api.get("officer", "tasks?max=1&text=LOAD-").expect(200).json().getInt("total")).isEqualTo(TASKS);

        for (String page : PAGES) { // warm up
            Api.get("officer", page).expect(200);
        }
        var millis = new ArrayList<Long>();
        var byPage = new java.util.LinkedHashMap<String, List<Long>>();
        for (int round = 0; round < 8; round++) {
            for (String page : PAGES) {
                long started = System.nanoTime();
                Api.get(round % 2 == 0 ? "officer" : "chris", page).expect(200);
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                millis.add(took);
                byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(took);
            }
        }
        Collections.sort(millis);
        long p50 = millis.get(millis.size() / 2);
        long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        var report = new StringBuilder("Inbox with %d open tasks (%s): %d requests, p50 %d ms, p95 %d ms, max %d ms; load took %d s%n"
                .formatted(TASKS, System.getProperty("it.db", "H2"), millis.size(), p50, p95,
                        millis.get(millis.size() - 1), loadSeconds));
        byPage.forEach((page, times) -> report.append("  %-55s median %4d ms, max %4d ms%n".formatted(page,
                times.stream().sorted().toList().get(times.size() / 2), Collections.max(times))));
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/inbox-" + System.getProperty("it.db", "H2") + ".txt"), report);
        System.out.print(report);
        assertThat(p95).as(report.toString()).isLessThan(P95_LIMIT_MS);
    }
}
