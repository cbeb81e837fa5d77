package uk.council.procurement.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * The call-off benchmark (issue 11, section 7), not a test: run by {@code mvn -Pbenchmark verify} on
 * PostgreSQL, it makes a market at a large council's scale ({@link MarketGenerator}) and measures,
 * through real HTTP against the real server, issuing to 500 eligible locations, the eligibility
 * query with a distance, 200 providers answering in the last minute before a deadline, and opening
 * the evaluation table of 500 offers. Writes target/benchmark/report.md; fails only if something
 * went wrong (an error, an offer not stored), never on a time.
 */
class MarketBenchmark extends ServerTest {

    private static final int ISSUES = 20;
    private static final int ELIGIBILITY_QUERIES = 200;
    private static final int ANSWERING = 200;
    private static final int EVALUATION_READS = 20;
    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = Fixtures.lots("officer", market).get("1");
        long generated = MarketGenerator.generate(lot);
        line("# Call-off benchmark");
        line("");
        line("Machine: %d cores, Java %s, PostgreSQL; server heap 1 GB. %s.", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        line("Market: %,d providers, %,d CQC locations, %d admitted to the lot (one location each), %,d past call-offs "
                + "with %,d invitations and %,d contracts; generated in %,d ms.", MarketGenerator.PROVIDERS,
                MarketGenerator.PROVIDERS * MarketGenerator.LOCATIONS_EACH, MarketGenerator.ADMITTED,
                MarketGenerator.PAST_CALL_OFFS, MarketGenerator.PAST_CALL_OFFS * 3, MarketGenerator.PAST_CALL_OFFS, generated);
        line("");
        line("| Measure | n | p50 ms | p95 ms | max ms | target |");
        line("|---|---|---|---|---|---|");

        eligibility(market, lot);
        String answered = issuing(lot);
        lastMinute(answered);
        evaluation(answered);

        var file = Path.of("target", "benchmark", "report.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        System.out.println(String.join("\n", report));
    }

    /** The eligibility query with a distance filter: 10 km around Bury, through the API. */
    private void eligibility(String market, long lot) {
        String path = "dps/" + market + "/lots/" + lot + "/eligible-locations?lat=53.5933&lon=-2.2966&km=10";
        int found = Api.get("officer", path).expect(200).array().size();
        String all = "dps/" + market + "/lots/" + lot + "/eligible-locations";
        assertThat(Api.get("officer", all).expect(200).array()).hasSize(MarketGenerator.ADMITTED);
        warmUp(() -> Api.get("officer", path).expect(200));
        var server = new ArrayList<Long>();
        var times = times(ELIGIBILITY_QUERIES, () -> {
            var reply = Api.get("officer", path).expect(200);
            // Server-Timing: eligibility;dur=12.3 (the EJB call with its query, measured in the server)
            String timing = reply.response().headers().firstValue("Server-Timing").orElseThrow();
            server.add(Math.round(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)) * 1000));
            return reply;
        });
        rowMicros("Eligibility query within 10 km (" + found + " of 500 locations): in the server (Server-Timing)", server,
                "p95 < 20");
        row("Eligibility query within 10 km: the whole GET over HTTP (auth, query, JSON)", times, "");
    }

    /**
     * Issuing to 500 locations: the issue request (every invitation persisted in its transaction),
     * then the requirement read back with its 500 invitations and one provider seeing its invitation.
     */
    private String issuing(long lot) throws Exception {
        var issue = new ArrayList<Long>();
        var visible = new ArrayList<Long>();
        for (int n = 0; n <= ISSUES; n++) {
            // deadlines three hours away: none closes while the clock is moved for the last-minute measure below
            var raised = raise(lot, n, Instant.now().plus(Duration.ofHours(3)));
            String reference = raised.json().getString("reference");
            long started = System.nanoTime();
            var issued = Api.post("officer", "requirements/" + reference + "/issue", null, raised.etag()).expect(200);
            long issuedAt = System.nanoTime();
            assertThat(issued.json().getJsonArray("invitations")).hasSize(MarketGenerator.ADMITTED);
            assertThat(Api.get("officer", "requirements/" + reference).expect(200).json().getJsonArray("invitations"))
                    .hasSize(MarketGenerator.ADMITTED);
            String someone = MarketGenerator.USER_PREFIX + (1 + n * 37 % MarketGenerator.ADMITTED);
            assertThat(Api.get(someone, "invitations").expect(200).array().stream().map(JsonObject.class::cast)
                    .anyMatch(i -> i.getString("requirementReference").equals(reference))).isTrue();
            long seen = System.nanoTime();
            if (n > 0) { // the first warms the server up
                issue.add((issuedAt - started) / 1_000_000);
                visible.add((seen - started) / 1_000_000);
            }
            drainOutbox();
        }
        var inbox = times(ISSUES, () -> Api.get(MarketGenerator.USER_PREFIX + 7, "invitations").expect(200));
        row("A provider's invitations (about 340: 300 past, GET)", inbox, "");
        row("Issue to 500 locations (POST issue: 500 invitations, notices and emails written)", issue, "");
        row("Issue until visible (the issue, the requirement read back, a provider's inbox)", visible, "p95 < 1000");
        // the one the providers answer: its deadline an hour and a minute away (the shortest time for offers is an hour)
        var raised = raise(lot, ISSUES + 1, Instant.now().plus(Duration.ofMinutes(61)));
        String reference = raised.json().getString("reference");
        Api.post("officer", "requirements/" + reference + "/issue", null, raised.etag()).expect(200);
        drainOutbox();
        return reference;
    }

    private static Api.Reply raise(long lot, int n, Instant deadline) {
        return Api.post("officer", "requirements", """
                {"lotId": %d, "personReference": "BENCH-NEW-%d", "needs": "Ground-floor room", "postcode": "BL9 0EJ",
                 "startDate": "%s", "urgency": "HOSPITAL_DISCHARGE", "weeklyBudget": 950.00, "offerDeadline": "%s"}
                """.formatted(lot, n, LocalDate.now().plusDays(7), deadline.truncatedTo(ChronoUnit.SECONDS)), null).expect(201);
    }

    /** Waits for the 500 emails of an issue to be sent, so that the next measure does not share the machine with them. */
    private void drainOutbox() {
        long started = System.nanoTime();
        while (Api.get("officer", "emails?status=PENDING&max=1").expect(200).json().getJsonNumber("total").longValue() > 0
                && System.nanoTime() - started < Duration.ofMinutes(3).toNanos()) {
            Api.sleep(500);
        }
        emailsDrained = (System.nanoTime() - started) / 1_000_000;
    }

    private long emailsDrained;

    /**
     * 200 providers answer in the deadline's last minute, arriving at random moments across it (about
     * 3 a second, as a load tool's ramp would), each reading its invitation and sending its offer.
     */
    private void lastMinute(String reference) throws Exception {
        line("");
        var ids = new ArrayList<long[]>();
        for (int p = 1; p <= ANSWERING; p++) {
            String user = MarketGenerator.USER_PREFIX + p;
            var mine = Api.get(user, "invitations").expect(200).array().stream().map(JsonObject.class::cast)
                    .filter(i -> i.getString("requirementReference").equals(reference)).findFirst().orElseThrow();
            ids.add(new long[] {p, mine.getJsonNumber("id").longValue()});
        }
        var deadline = Instant.parse(Api.get("officer", "requirements/" + reference).expect(200).json().getString("offerDeadline"));
        setClock(deadline.minusSeconds(60));
        var reads = new ConcurrentLinkedQueue<Long>();
        var offers = new ConcurrentLinkedQueue<Long>();
        var errors = new ConcurrentLinkedQueue<String>();
        var random = new Random(11);
        var pool = Executors.newScheduledThreadPool(ANSWERING);
        long began = System.nanoTime();
        for (long[] id : ids) {
            long at = random.nextInt(55_000);
            pool.schedule(() -> {
                String user = MarketGenerator.USER_PREFIX + id[0];
                try {
                    long t0 = System.nanoTime();
                    var read = Api.get(user, "invitations/" + id[1]);
                    long t1 = System.nanoTime();
                    var sent = Api.put(user, "invitations/" + id[1] + "/offer", "{\"weeklyPrice\": " + (850 + id[0])
                            + ".50, \"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\"}",
                            read.etag());
                    long t2 = System.nanoTime();
                    reads.add((t1 - t0) / 1_000_000);
                    offers.add((t2 - t1) / 1_000_000);
                    if (read.status() != 200 || sent.status() != 200) {
                        errors.add(user + ": " + read.status() + "/" + sent.status() + " " + sent.body());
                    }
                } catch (RuntimeException e) {
                    errors.add(user + ": " + e);
                }
            }, at, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        long tookMs = (System.nanoTime() - began) / 1_000_000;
        int stored = MarketGenerator.offersStored(reference);
        line("| Measure | n | p50 ms | p95 ms | max ms | target |");
        line("|---|---|---|---|---|---|");
        row("Last minute: a provider reads its invitation (GET)", new ArrayList<>(reads), "");
        row("Last minute: a provider sends its offer (PUT, If-Match)", new ArrayList<>(offers), "p95 < 300");
        line("");
        line("Last minute: %d providers answered in %,d ms; errors: %d; offers stored: %d of %d.", ANSWERING, tookMs,
                errors.size(), stored, ANSWERING);
        line("Emails of the last issue (500) sent in %,d ms after it.", emailsDrained);
        assertThat(errors).as("errors while answering").isEmpty();
        assertThat(stored).as("offers stored").isEqualTo(ANSWERING);
    }

    /** The deadline passes with 500 offers (the 300 not driven above are written directly); the evaluation table opens. */
    private void evaluation(String reference) throws Exception {
        MarketGenerator.offerForTheRest(reference);
        var deadline = Instant.parse(Api.get("officer", "requirements/" + reference).expect(200).json().getString("offerDeadline"));
        setClock(deadline.plusSeconds(30));
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!"EVALUATION".equals(Api.get("officer", "requirements/" + reference).expect(200).json().getString("status"))) {
            assertThat(System.nanoTime()).as("offers of %s closed", reference).isLessThan(until);
            Api.sleep(250);
        }
        String path = "requirements/" + reference + "/evaluation";
        assertThat(Api.get("officer", path).expect(200).json().getJsonArray("rows")).hasSize(MarketGenerator.ADMITTED);
        warmUp(() -> Api.get("officer", path).expect(200));
        var api = times(EVALUATION_READS, () -> Api.get("officer", path).expect(200));
        line("");
        line("| Measure | n | p50 ms | p95 ms | max ms | target |");
        line("|---|---|---|---|---|---|");
        row("Evaluation table of 500 offers, GET over HTTP (scores, ranks)", api, "< 300");
        if (!Boolean.getBoolean("browser.skip")) {
            var server = new ArrayList<Long>();
            var page = new ArrayList<Long>();
            try (var browser = Browser.open()) {
                browser.signIn("officer", Api.PASSWORD);
                for (int n = 0; n <= EVALUATION_READS; n++) {
                    browser.go("calloff/requirement.xhtml?ref=" + reference);
                    browser.find(By.id("evaluationForm:evaluation"));
                    var timing = (java.util.Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript(
                            "var t = performance.getEntriesByType('navigation')[0];"
                                    + "return {server: t.responseStart - t.requestStart, page: t.loadEventEnd - t.startTime};");
                    if (n > 0) {
                        server.add(Math.round(((Number) timing.get("server")).doubleValue()));
                        page.add(Math.round(((Number) timing.get("page")).doubleValue()));
                    }
                }
            }
            row("Evaluation page (500 rows, 50 a page): server time to first byte", server, "< 300");
            row("Evaluation page: whole page loaded in Chromium", page, "");
        }
        setClock(null);
    }

    private static void setClock(Instant now) {
        if (now == null) {
            Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
        } else {
            Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
        }
    }

    private static void warmUp(Runnable call) {
        for (int n = 0; n < 10; n++) {
            call.run();
        }
    }

    private static List<Long> times(int n, Supplier<?> call) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        return times;
    }

    private void row(String what, List<Long> times, String target) {
        var sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        line("| %s | %d | %d | %d | %d | %s |", what, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1), target);
    }

    /** A row of times measured in microseconds, shown in milliseconds to one decimal place. */
    private void rowMicros(String what, List<Long> micros, String target) {
        var sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        line("| %s | %d | %.1f | %.1f | %.1f | %s |", what, sorted.size(), percentile(sorted, 50) / 1000.0,
                percentile(sorted, 95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, target);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private void line(String format, Object... args) {
        report.add(args.length == 0 ? format : String.format(Locale.UK, format, args));
    }

}
