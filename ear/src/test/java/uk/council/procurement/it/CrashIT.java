package uk.council.procurement.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * No acknowledged write is lost in a crash, and work in flight carries on after a restart, late but
 * once. Not an Arquillian test: it runs a WildFly of its own (port offset 300: HTTP 8380, management
 * 10290) from the provisioned server, with its own base directory {@code target/crash-server} (H2:
 * its own database there; PostgreSQL: a database of its own, {@value #PG_DATABASE}, on the tests'
 * PostgreSQL server, so that the Arquillian server's job executor cannot run its jobs), deploys the
 * built EAR, and kills it with SIGKILL.
 * <p>
 * The daily CQC sync (the one job that calls CQC) is made to fire with the test clock and held
 * mid-call by the CQC stub; meanwhile applications are submitted, a draft is saved and a provider
 * registers, applies and submits, all at once; the moment the last of them is acknowledged, the
 * server is killed. After a restart on the same directory and database: every acknowledged write
 * is there as acknowledged; the sync ran once more and to its end, exactly once; every submitted
 * application went through its automatic check exactly once and waits for an officer. How long
 * after the restart the work in flight resumed is printed and written to
 * {@code target/crash-server/resume-seconds.txt}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrashIT {

    private static final int PORT_OFFSET = 300;
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    private static final String CRASH_BASE = "http://localhost:" + HTTP_PORT + "/dps/";
    /** The crash server's CQC subscription key: tells its calls to the shared CQC stub from the Arquillian server's. */
    private static final String CQC_KEY = "crash-it-key";
    private static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    private static final String CHANGES_FEED = "/public/v1/changes/location";
    /** The stub holds the sync's call this long: less than the server's CQC timeout (10 s), which would end it. */
    private static final int HELD_MS = 9_000;
    private static final String PG_DATABASE = "dps_crash";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The engine's job lock time when the server is not told otherwise (ProcessEngineBootstrap). */
    private static final long DEFAULT_LOCK_MS = 30_000;

    /** As bin/common.sh (setDefaultModularJvmOptions) gives a modular JDK, so the server runs as standalone.sh runs it. */
    private static final List<String> MODULAR_JDK_OPTIONS = List.of(
            "--add-exports=java.desktop/sun.awt=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.url.ldap=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.url.ldaps=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.security=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.management/javax.management=ALL-UNNAMED",
            "--add-opens=java.naming/javax.naming=ALL-UNNAMED");

    private static Path home;
    private static Path dir;
    private static List<String> jvmArgs;
    private static Process server;
    private static int starts;
    private static Thread killOnExit;
    private static final List<StubMapping> STUBS = new CopyOnWriteArrayList<>();

    /** A write the server acknowledged (2xx) before the kill, and what it answered. */
    private record Submitted(Fixtures.Provider provider, String reference, JsonObject answer) {
    }

    /** A care-at-home package raised just before the kill: its cascade's first step runs after (or during) it. */
    private record RaisedPackage(String reference) {
    }

    private record SavedDraft(Fixtures.Provider provider, String reference, String version, String policyNumber) {
    }

    @BeforeAll
    static void prepareServer() throws Exception {
        CqcStub.server();
        home = Path.of(required("jboss.home")).toAbsolutePath().normalize();
        Path ear = Path.of(required("it.ear")).toAbsolutePath().normalize();
        dir = ear.getParent().resolve("crash-server");
        for (int port : List.of(HTTP_PORT, MANAGEMENT_PORT)) {
            if (listening(port)) {
                fail("Port " + port + " is taken: is a crash server of an earlier run still running? Stop it first.");
            }
        }
        jvmArgs = crashServerArguments(System.getProperty("it.jvm.args", ""));

        deleteTree(dir);
        copyConfiguration(home.resolve("standalone").resolve("configuration"), dir.resolve("configuration"));
        Files.createDirectories(dir.resolve("deployments"));
        Files.copy(ear, dir.resolve("deployments").resolve("dps.ear"));
        deployFromBaseDirectory(dir.resolve("configuration").resolve("standalone.xml"));

        killOnExit = new Thread(CrashIT::killQuietly, "crash-server-killer");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    @AfterAll
    static void killServer() {
        killQuietly();
        STUBS.forEach(CqcStub.server()::removeStub);
        STUBS.clear();
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook runs anyway
            }
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndWorkInFlightCarriesOnExactlyOnce() throws Exception {
        try (var onCrashServer = Api.target(CRASH_BASE)) {
            start();

            // --- Before the crash: providers, complete drafts, a draft to change.
            var watched = Fixtures.provider("GOOD"); // CQC rates its home Outstanding; the held sync must bring that
            var applicants = List.of(Fixtures.provider("GOOD"), Fixtures.provider("GOOD"), Fixtures.provider("GOOD"));
            var drafts = new ArrayList<String>();
            for (var applicant : applicants) {
                drafts.add(Fixtures.completeDraft(applicant, Fixtures.OPEN_DPS, List.of("R1")));
            }
            var drafter = Fixtures.provider("GOOD");
            String draftRef = Fixtures.completeDraft(drafter, Fixtures.OPEN_DPS, List.of("R1"));
            long lotR1 = Fixtures.lots(drafter.username(), Fixtures.OPEN_DPS).get("R1");
            var etags = new ArrayList<String>();
            for (int i = 0; i < applicants.size(); i++) {
                etags.add(Api.get(applicants.get(i).username(), "applications/" + drafts.get(i)).expect(200).etag());
            }
            String draftEtag = Api.get(drafter.username(), "applications/" + draftRef).expect(200).etag();
            // Bury North of the demo care-at-home framework has no rota: its packages go to the Lot 2 providers.
            long buryNorth = Fixtures.lots("officer", "CAH-FW-2025").get("1-BN");
            CqcStub.location(watched.locationId(), watched.cqcProviderId(), watched.name() + " House", "Outstanding",
                    LocalDate.now(UK).minusDays(1), 53.59, -2.30, CqcStub.RESIDENTIAL, CqcStub.NURSING);

            // --- The daily CQC sync fires (test clock past 06:15) and is held mid-call by the stub: a job in flight.
            Instant heldFrom = Instant.now();
            serveChangesFeed(watched.locationId(), HELD_MS);
            Instant nextSync = Instant.parse(Api.get("quality", "cqc/sync").expect(200).json().getString("nextRunAt"));
            Duration offset = moveClockTo(nextSync.plusSeconds(20));
            Instant syncCalled = awaitChangesFeedCall(heldFrom, Duration.ofSeconds(30));
            log("The daily CQC sync is held in its call to CQC since " + syncCalled);

            // --- The last writes, all at once; SIGKILL as soon as the last one is acknowledged.
            String policy = "NM-" + Api.unique().toUpperCase(Locale.ROOT);
            var tasks = new ArrayList<Callable<Object>>();
            for (int i = 0; i < applicants.size(); i++) {
                var applicant = applicants.get(i);
                String ref = drafts.get(i);
                String etag = etags.get(i);
                tasks.add(() -> submit(applicant, ref, etag));
            }
            tasks.add(() -> {
                var reply = Api.put(drafter.username(), "applications/" + draftRef + "/draft", """
                        {"lotIds": [%d], "insurer": "Northern Mutual", "policyNumber": "%s", "employersLiabilityCover": 10000000,
                         "publicLiabilityCover": 5000000.00, "insuranceExpiresOn": "%s"}
                        """.formatted(lotR1, policy, LocalDate.now(UK).plusYears(1)), draftEtag).expect(200);
                return new SavedDraft(drafter, draftRef, reply.etag(), policy);
            });
            tasks.add(() -> { // the case: a provider registers, applies and submits a second before the crash
                var newcomer = Fixtures.provider("GOOD");
                String ref = Fixtures.completeDraft(newcomer, Fixtures.OPEN_DPS, List.of("R1"));
                return submit(newcomer, ref, Api.get(newcomer.username(), "applications/" + ref).expect(200).etag());
            });
            LocalDate serverToday = LocalDate.ofInstant(Instant.now().plus(offset), UK);
            for (int i = 0; i < 2; i++) {
                tasks.add(() -> new RaisedPackage(Api.post("officer", "packages", """
                        {"lotId": %d, "personReference": "NHS-%s", "postcode": "BL9 0EJ", "startDate": "%s",
                         "urgency": "HOSPITAL_DISCHARGE", "weeklyHours": 7, "hourlyRate": 24.50}
                        """.formatted(buryNorth, Api.unique(), serverToday.plusDays(1)), null).expect(201).json()
                        .getString("reference")));
            }
            List<Object> acknowledged = allAtOnce(tasks);
            Instant killedAt = kill();
            var submitted = acknowledged.stream().filter(Submitted.class::isInstance).map(Submitted.class::cast).toList();
            var saved = acknowledged.stream().filter(SavedDraft.class::isInstance).map(SavedDraft.class::cast)
                    .findFirst().orElseThrow();
            var packages = acknowledged.stream().filter(RaisedPackage.class::isInstance).map(RaisedPackage.class::cast)
                    .map(RaisedPackage::reference).toList();
            log("Killed (SIGKILL) at " + killedAt + ", " + Duration.between(syncCalled, killedAt).toMillis()
                    + " ms into the held CQC call, right after " + acknowledged.size() + " acknowledged writes");
            assertThat(Duration.between(syncCalled, killedAt))
                    .as("the kill came while the sync's CQC call was still held (else the machine was too slow)")
                    .isLessThan(Duration.ofMillis(HELD_MS - 500));

            // --- Restart on the same directory and database; CQC answers at once now.
            serveChangesFeed(watched.locationId(), 0);
            Instant restartedAt = Instant.now();
            Instant readyAt = start();
            moveClockTo(Instant.now().plus(offset)); // the test clock goes on from where it was at the crash
            log("Answering again " + seconds(killedAt, readyAt) + " s after the kill");

            // --- Every acknowledged write is there, as acknowledged.
            var providers = new ArrayList<>(List.of(watched, drafter));
            providers.addAll(submitted.stream().map(Submitted::provider).toList());
            for (var provider : providers) {
                var found = Api.get("quality", "providers/" + provider.id()).expect(200).json();
                assertThat(found.getString("name")).isEqualTo(provider.name());
                assertThat(found.getJsonArray("locations").stream().map(JsonObject.class::cast)
                        .map(l -> l.getString("locationId"))).contains(provider.locationId());
            }
            var draft = Api.get(saved.provider().username(), "applications/" + saved.reference()).expect(200);
            assertThat(draft.etag()).as("the saved draft's version").isEqualTo(saved.version());
            assertThat(draft.json().getString("status")).isEqualTo("DRAFT");
            assertThat(draft.json().getJsonObject("insurance").getString("policyNumber")).isEqualTo(saved.policyNumber());
            for (var s : submitted) {
                var now = Api.get(s.provider().username(), "applications/" + s.reference()).expect(200).json();
                assertThat(now.getString("status")).as(s.reference()).isIn("SUBMITTED", "UNDER_EVALUATION");
                assertThat(now.getString("submittedOn")).isEqualTo(s.answer().getString("submittedOn"));
                assertThat(now.getString("dueDate")).isEqualTo(s.answer().getString("dueDate"));
                assertThat(now.getJsonNumber("version").longValue())
                        .isGreaterThanOrEqualTo(s.answer().getJsonNumber("version").longValue());
            }

            // --- Work in flight resumes: every automatic check, and the sync (once the dead server's locks expire).
            long lockMs = longProperty(jvmArgs, "dps.jobs.lock-time-ms", DEFAULT_LOCK_MS);
            Instant deadline = readyAt.plusMillis(lockMs).plusSeconds(60);
            while (true) {
                boolean checked = submitted.stream().allMatch(s -> "UNDER_EVALUATION".equals(
                        Api.get(s.provider().username(), "applications/" + s.reference()).expect(200).json().getString("status")));
                boolean synced = !changesFeedCalls(restartedAt).isEmpty()
                        && Api.string(Api.get("quality", "cqc/sync").expect(200).json(), "lastRunAt") != null;
                boolean offered = packages.stream().allMatch(ref -> Api.get("officer", "packages/" + ref).expect(200).json()
                        .getJsonArray("offers").size() >= 2);
                if (checked && synced && offered) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("Work in flight did not resume within " + seconds(readyAt, deadline) + " s of the restart: checks "
                            + (checked ? "done" : "not all done") + ", sync " + (synced ? "done" : "not done")
                            + ", packages " + (offered ? "offered" : "not all offered")
                            + "; see " + dir.resolve("log").resolve("server.log"));
                }
                Api.sleep(250);
            }
            Api.sleep(4_000); // long enough for a second run of anything to show (the job executor looks every 2 s)

            // --- Exactly once: the sync...
            var resumedCalls = changesFeedCalls(restartedAt);
            assertThat(resumedCalls).as("calls of the sync to CQC after the restart").hasSize(1);
            assertThat(changesFeedCalls(heldFrom)).as("calls of the sync to CQC in all").hasSize(2);
            var sync = Api.get("quality", "cqc/sync").expect(200).json();
            assertThat(sync.getString("lastResult")).contains("1 changed at CQC, 1 held here, 1 updated")
                    .doesNotContain("Stopped early");
            assertThat(Instant.parse(sync.getString("nextRunAt"))).as("the timer goes on, once, to the next morning")
                    .isEqualTo(nextSync.plus(1, ChronoUnit.DAYS));
            var location = Api.get("quality", "providers/" + watched.id()).expect(200).json()
                    .getJsonArray("locations").getJsonObject(0);
            assertThat(location.getString("rating")).isEqualTo("OUTSTANDING");
            var ratings = Api.get("quality", "providers/" + watched.id() + "/locations/" + watched.locationId() + "/ratings")
                    .expect(200).array().stream().map(JsonObject.class::cast).toList();
            assertThat(ratings.stream().filter(r -> "OUTSTANDING".equals(r.getString("rating")))).hasSize(1);

            // ...and each application's automatic check.
            var checkedAt = new ArrayList<Instant>();
            for (var s : submitted) {
                String ref = s.reference();
                var history = Api.get("officer", "applications/" + ref + "/history").expect(200).array().stream()
                        .map(JsonObject.class::cast).toList();
                Map<String, Long> actions = history.stream()
                        .collect(Collectors.groupingBy(e -> e.getString("action"), Collectors.counting()));
                assertThat(actions.get("SUBMITTED")).as("SUBMITTED events of %s", ref).isEqualTo(1L);
                assertThat(actions.get("CHECKED")).as("CHECKED events of %s", ref).isEqualTo(1L);
                var steps = Api.get("officer", "applications/" + ref + "/process").expect(200).array().stream()
                        .map(JsonObject.class::cast).toList();
                var checks = steps.stream().filter(st -> "checkApplication".equals(st.getString("activityId"))).toList();
                assertThat(checks).as("runs of the automatic check of %s", ref).hasSize(1);
                assertThat(Api.string(checks.get(0), "ended")).as("the check of %s ended", ref).isNotNull();
                var evaluations = steps.stream().filter(st -> "evaluateApplication".equals(st.getString("activityId"))).toList();
                assertThat(evaluations).as("evaluation steps of %s", ref).hasSize(1);
                assertThat(Api.string(evaluations.get(0), "ended")).isNull();
                assertThat(Api.get("officer", "tasks?text=" + ref).expect(200).json().getInt("total"))
                        .as("open tasks of %s", ref).isEqualTo(1);
                var staffView = Api.get("officer", "applications/" + ref).expect(200).json();
                assertThat(staffView.getJsonArray("needsAttention")).as("incidents of %s", ref).isEmpty();
                assertThat(staffView.getJsonArray("currentSteps").getString(0)).isEqualTo("Evaluate application");
                history.stream().filter(e -> "CHECKED".equals(e.getString("action"))).findFirst()
                        .ifPresent(e -> checkedAt.add(realTime(Instant.parse(e.getString("at")), offset)));
            }

            // ...and each package's first step of its cascade: the two Lot 2 providers offered it once each.
            for (String ref : packages) {
                var offers = Api.get("officer", "packages/" + ref).expect(200).json().getJsonArray("offers").stream()
                        .map(JsonObject.class::cast).toList();
                assertThat(offers).as("offers of %s", ref).hasSize(2);
                assertThat(offers.stream().map(o -> o.getString("providerName")).distinct()).as("providers offered %s", ref)
                        .hasSize(2);
                var actions = Api.get("officer", "packages/" + ref + "/history").expect(200).array().stream()
                        .map(JsonObject.class::cast).map(e -> e.getString("action")).toList();
                assertThat(actions.stream().filter("OFFERED"::equals)).as("OFFERED events of %s", ref).hasSize(1);
                assertThat(actions.stream().filter("RAISED"::equals)).as("RAISED events of %s", ref).hasSize(1);
            }
            // ...and the emails those offers sent (written with the offer, sent after it or after the restart): none lost
            for (String ref : packages) {
                MailStub.await("fatima@radcliffecare.example", ref);
                MailStub.await("owen@tottingtoncare.example", ref);
            }

            // --- How long the crash delayed the work in flight.
            Instant syncResumedAt = resumedCalls.get(0).getLoggedDate().toInstant();
            var checksAfterKill = checkedAt.stream().filter(at -> at.isAfter(killedAt)).toList();
            Instant resumedAt = Stream.concat(Stream.of(syncResumedAt), checksAfterKill.stream())
                    .max(Comparator.naturalOrder()).orElseThrow();
            String report = seconds(readyAt, resumedAt) + "\n"
                    + "# seconds from the restarted server answering to the work in flight at the kill having resumed\n"
                    + "# kill -9 to answering again: " + seconds(killedAt, readyAt) + " s; kill to resumed: "
                    + seconds(killedAt, resumedAt) + " s\n"
                    + "# the sync (held in its CQC call at the kill, its job taken at about " + syncCalled + ") ran again "
                    + seconds(syncCalled, syncResumedAt) + " s after it was taken; job lock time " + lockMs / 1000.0
                    + " s, job executor max wait " + longProperty(jvmArgs, "dps.jobs.max-wait-ms", 60_000) + " ms\n"
                    + "# automatic checks that ran after the kill: " + checksAfterKill.size() + " of " + submitted.size()
                    + "\n# database: " + (property(jvmArgs, "dps.db.url") == null ? "H2" : property(jvmArgs, "dps.db.url"))
                    + "\n";
            Files.writeString(dir.resolve("resume-seconds.txt"), report);
            log("Work in flight resumed " + seconds(readyAt, resumedAt) + " s after the restart ("
                    + seconds(killedAt, resumedAt) + " s after the kill); " + report.lines().skip(1)
                    .map(l -> l.substring(2)).collect(Collectors.joining("; ")));
        }
    }

    /**
     * The real time of an instant the server recorded: on the moved test clock (it is ahead of now),
     * or before the clock was set again after the restart (a step that ran at once on start-up).
     */
    private static Instant realTime(Instant recorded, Duration offset) {
        return recorded.isAfter(Instant.now()) ? recorded.minus(offset) : recorded;
    }

    // --- the scenario's steps

    private static Submitted submit(Fixtures.Provider provider, String reference, String etag) {
        var answer = Api.post(provider.username(), "applications/" + reference + "/submission", null, etag).expect(200);
        return new Submitted(provider, reference, answer.json());
    }

    /** Runs the calls at once, each on its own thread against the crash server; returns once all are acknowledged. */
    private static List<Object> allAtOnce(List<Callable<Object>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = new ArrayList<Future<Object>>();
            for (var call : calls) {
                futures.add(threads.submit(() -> Api.at(CRASH_BASE, () -> {
                    try {
                        return call.call();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The crash server's CQC changes feed lists the location; held for delayMs before answering, if given. */
    private static void serveChangesFeed(String locationId, int delayMs) {
        var response = aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"total": 1, "page": 1, "perPage": 1000, "totalPages": 1, "changes": ["%s"]}
                """.formatted(locationId));
        if (delayMs > 0) {
            response = response.withFixedDelay(delayMs);
        }
        STUBS.forEach(CqcStub.server()::removeStub);
        STUBS.clear();
        STUBS.add(CqcStub.server().stubFor(WireMock.get(urlPathEqualTo(CHANGES_FEED)).atPriority(1)
                .withHeader(KEY_HEADER, equalTo(CQC_KEY)).willReturn(response)));
    }

    /** The crash server's calls of CQC's changes feed since then (WireMock logs a call when it arrives). */
    private static List<LoggedRequest> changesFeedCalls(Instant since) {
        return CqcStub.server().findAll(getRequestedFor(urlPathEqualTo(CHANGES_FEED)).withHeader(KEY_HEADER, equalTo(CQC_KEY)))
                .stream().filter(r -> !r.getLoggedDate().toInstant().isBefore(since))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private static Instant awaitChangesFeedCall(Instant since, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var calls = changesFeedCalls(since);
            if (!calls.isEmpty()) {
                return calls.get(0).getLoggedDate().toInstant();
            }
            Api.sleep(100);
        }
        throw new AssertionError("The daily CQC sync did not call CQC within " + timeout.toSeconds() + " s of the clock "
                + "passing 06:15; see " + dir.resolve("log").resolve("server.log"));
    }

    /** Moves the crash server's clock (and its engine's); returns how far ahead of the real time it now is. */
    private static Duration moveClockTo(Instant now) {
        Instant real = Instant.now();
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
        return Duration.between(real, now);
    }

    // --- the crash server

    /** Starts the crash server and waits until the application answers; returns when it did. */
    private static Instant start() throws IOException {
        awaitPortsFree(Duration.ofSeconds(30));
        starts++;
        var command = command();
        Path console = dir.resolve("console-" + starts + ".log");
        Files.writeString(dir.resolve("command-" + starts + ".txt"), String.join("\n", command) + "\n");
        server = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        log("Crash server started (pid " + server.pid() + "), its output in " + console);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("The crash server stopped with exit code " + server.exitValue() + " while starting; see " + console
                        + " and " + dir.resolve("log").resolve("server.log"));
            }
            if (answers()) {
                return Instant.now();
            }
            Api.sleep(250);
        }
        throw new AssertionError("The crash server did not answer within " + START_TIMEOUT.toSeconds() + " s; see "
                + console + " and " + dir.resolve("log").resolve("server.log"));
    }

    /** The application is deployed, its database migrated and its demo data loaded. */
    private static boolean answers() {
        try {
            return Api.get("officer", "dps/" + Fixtures.OPEN_DPS).status() == 200;
        } catch (RuntimeException e) {
            return false; // not listening yet
        }
    }

    /**
     * What bin/standalone.sh would run, but the JVM itself rather than a shell around it, so that
     * destroyForcibly() sends SIGKILL to the server: java, the tests' JVM arguments (port offset,
     * CQC key and database replaced), standalone.conf's and common.sh's options, then jboss-modules
     * with the server's home and base directories.
     */
    private static List<String> command() {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D[Standalone]");
        command.addAll(jvmArgs);
        command.addAll(List.of("-Djava.net.preferIPv4Stack=true", "-Djava.awt.headless=true",
                "-Djboss.modules.system.pkgs=org.jboss.byteman"));
        command.addAll(MODULAR_JDK_OPTIONS);
        command.add("-Dorg.jboss.boot.log.file=" + dir.resolve("log").resolve("server.log"));
        command.add("-Dlogging.configuration=" + dir.resolve("configuration").resolve("logging.properties").toUri());
        command.addAll(List.of("-jar", home.resolve("jboss-modules.jar").toString(), "-mp", home.resolve("modules").toString(),
                "org.jboss.as.standalone", "-Djboss.home.dir=" + home, "-Djboss.server.base.dir=" + dir,
                "-c", "standalone.xml"));
        return command;
    }

    /** SIGKILL (on Linux and macOS): no shutdown hooks, no orderly close of the database. Returns when it was sent. */
    private static Instant kill() throws InterruptedException {
        Instant at = Instant.now();
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            fail("The crash server (pid " + server.pid() + ") was still alive 60 s after SIGKILL");
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            assertThat(server.exitValue()).as("exit code of a JVM killed by SIGKILL (128 + 9)").isEqualTo(137);
        }
        return at;
    }

    private static void killQuietly() {
        var process = server;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitPortsFree(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (listening(HTTP_PORT) || listening(MANAGEMENT_PORT)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Ports " + HTTP_PORT + " and " + MANAGEMENT_PORT + " are still taken");
            }
            Api.sleep(250);
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The tests' server arguments with the crash server's port offset and CQC key; on PostgreSQL,
     * its own database, made afresh.
     */
    static List<String> crashServerArguments(String itJvmArgs) throws SQLException {
        var args = new ArrayList<>(Arrays.stream(itJvmArgs.trim().split("\\s+")).filter(a -> !a.isEmpty()).toList());
        setProperty(args, "jboss.socket.binding.port-offset", String.valueOf(PORT_OFFSET));
        setProperty(args, "dps.cqc.subscription-key", CQC_KEY);
        String url = property(args, "dps.db.url");
        if (url == null) {
            log("Crash server on H2, in its own base directory");
        } else if (url.startsWith("jdbc:postgresql:")) {
            String crashUrl = freshPostgresDatabase(url, property(args, "dps.db.user"), property(args, "dps.db.password"));
            setProperty(args, "dps.db.url", crashUrl);
            log("Crash server on PostgreSQL, database " + crashUrl);
        } else {
            Assumptions.abort("CrashIT knows H2 and PostgreSQL, not " + url);
        }
        return List.copyOf(args);
    }

    /**
     * Drops and creates {@value #PG_DATABASE} on the PostgreSQL server of the tests' database
     * (connected to that database, which the tests' user can reach); returns its URL.
     */
    private static String freshPostgresDatabase(String itUrl, String user, String password) throws SQLException {
        var url = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$").matcher(itUrl);
        assertThat(url.matches()).as("a PostgreSQL URL such as jdbc:postgresql://host:5432/db, not %s", itUrl).isTrue();
        assertThat(url.group(2)).as("the tests' database").isNotEqualTo(PG_DATABASE);
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The PostgreSQL driver is not on the tests' class path", e);
        }
        try (var connection = DriverManager.getConnection(itUrl, user, password);
                var statement = connection.createStatement()) {
            try {
                statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            } catch (SQLException e) {
                if (!"42601".equals(e.getSQLState())) { // before PostgreSQL 13: no FORCE
                    throw e;
                }
                statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE);
            }
            statement.execute("CREATE DATABASE " + PG_DATABASE);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                Assumptions.abort("CrashIT needs its own database, " + PG_DATABASE + ", and user " + user
                        + " may not create one (ALTER USER " + user + " CREATEDB): " + e.getMessage());
            }
            throw e;
        }
        return url.group(1) + PG_DATABASE + (url.group(3) == null ? "" : url.group(3));
    }

    static String property(List<String> args, String name) {
        String prefix = "-D" + name + "=";
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((first, last) -> last).orElse(null);
    }

    private static long longProperty(List<String> args, String name, long otherwise) {
        String value = property(args, name);
        return value == null ? otherwise : Long.parseLong(value.strip());
    }

    private static void setProperty(List<String> args, String name, String value) {
        args.removeIf(a -> a.startsWith("-D" + name + "="));
        args.add("-D" + name + "=" + value);
    }

    // --- the crash server's directory

    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (relative.toString().startsWith("standalone_xml_history")) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to.resolve(relative.toString()));
                } else {
                    Files.copy(file, to.resolve(relative.toString()));
                }
            }
        }
    }

    /**
     * The configuration has no deployment scanner (configure.cli removes it) and the test deploys
     * without the management API: the EAR in the base directory's deployments/ becomes a deployment
     * of the configuration, which a restart deploys again.
     */
    private static void deployFromBaseDirectory(Path standaloneXml) throws IOException {
        String xml = Files.readString(standaloneXml);
        assertThat(xml).as("standalone.xml of the provisioned server has no deployments").doesNotContain("<deployments>");
        String end = "</socket-binding-group>";
        int at = xml.indexOf(end);
        assertThat(at).as("the end of the socket-binding-group in standalone.xml").isPositive();
        at += end.length();
        Files.writeString(standaloneXml, xml.substring(0, at) + """

                    <deployments>
                        <deployment name="dps.ear" runtime-name="dps.ear">
                            <fs-archive path="deployments/dps.ear" relative-to="jboss.server.base.dir"/>
                        </deployment>
                    </deployments>""" + xml.substring(at));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (failsafe sets it)");
        }
        return value;
    }

    private static String seconds(Instant from, Instant to) {
        return String.format(Locale.ROOT, "%.1f", Duration.between(from, to).toMillis() / 1000.0);
    }

    private static void log(String message) {
        System.out.println("[CrashIT] " + message);
    }
}
