package uk.council.procurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ServerTest;

/**
 * What HTTP Basic costs: the same API read, p50 over 100 calls, with Basic on every call and on a
 * signed-in session. Writes target/benchmark/basic-vs-session-{db}.txt (README quotes it). The
 * password's PBKDF2 hash (100,000 iterations) is computed on the first call only; later calls with
 * the same verified header are authorised without it (ApiSignIn). Before that Basic cost 2.9x (H2) to
 * 4.2x (CI) a session. The ratio is reported; what is asserted is the cause: Basic's extra time per
 * call stays under half of one password hash measured on the same machine at the same moment (a ratio
 * alone failed CI at 1.31 on a 1.6 ms difference of a 5 ms call).
 */
class BasicCostIT extends ServerTest {

    private static final int CALLS = 100;
    private static final int ITERATIONS = 100_000;

    @Test
    void measureBasicAgainstASession() throws Exception {
        var session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        session.send(HttpRequest.newBuilder(URI.create(Api.BASE + "index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        session.send(HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=officer2&j_password=" + Api.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        var plain = HttpClient.newHttpClient();
        var url = URI.create(Api.BASE + "api/dps");
        var basic = HttpRequest.newBuilder(url).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("officer2:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        var cookie = HttpRequest.newBuilder(url).GET().build();

        var basicTimes = new ArrayList<Long>();
        var sessionTimes = new ArrayList<Long>();
        for (int i = 0; i < CALLS + 5; i++) { // the first five of each warm up
            long t = System.nanoTime();
            assertThat(plain.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            long b = System.nanoTime() - t;
            t = System.nanoTime();
            assertThat(session.send(cookie, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            long s = System.nanoTime() - t;
            if (i >= 5) {
                basicTimes.add(b / 1_000);
                sessionTimes.add(s / 1_000);
            }
        }
        double basicP50 = p50(basicTimes) / 1000.0;
        double sessionP50 = p50(sessionTimes) / 1000.0;
        double ratio = basicP50 / sessionP50;
        double hash = oneHashMillis();
        String report = String.format("GET /dps/api/dps, %d calls each, %s%np50 with HTTP Basic: %.1f ms%n"
                + "p50 on a session: %.1f ms%nratio: %.2f%none password hash (PBKDF2, %d iterations): %.1f ms%n",
                CALLS, System.getProperty("it.db", "H2"), basicP50, sessionP50, ratio, ITERATIONS, hash);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/basic-vs-session-" + System.getProperty("it.db", "H2") + ".txt"),
                report);
        System.out.print(report);
        assertThat(basicP50 - sessionP50).as(report).isLessThan(hash / 2);
    }

    /** The server's hash (PasswordHashing: PBKDF2WithHmacSHA256, 256 bits), best of five here. */
    private static double oneHashMillis() throws Exception {
        var factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            factory.generateSecret(new PBEKeySpec(Api.PASSWORD.toCharArray(), new byte[16], ITERATIONS, 256));
            best = Math.min(best, System.nanoTime() - t);
        }
        return best / 1_000_000.0;
    }

    private static long p50(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
