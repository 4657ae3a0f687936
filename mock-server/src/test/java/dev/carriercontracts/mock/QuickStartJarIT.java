package dev.carriercontracts.mock;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's quick-start command, run for real on the packaged jar: {@code java -XX:SharedArchiveFile=... -jar
 * target/carrier-mock-server.jar}. With {@code -Xshare:on} the JVM refuses to start unless the class-data archive
 * the build wrote fits this jar and this JDK, so a stale or broken archive fails here rather than slowing
 * everyone's start in silence. The seed's own sample.json, sent with HTTP Basic, reaches Succeeded on the real
 * clock and its waybill is a PDF; SIGTERM stops the process cleanly.
 */
class QuickStartJarIT {

    private static final Path JAR = Path.of("target", "carrier-mock-server.jar");
    private static final Path ARCHIVE = Path.of("target", "carrier-mock-server.jsa");
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_quick_start_command_serves_the_seed_sample_to_a_pdf_waybill_and_stops_on_sigterm() throws Exception {
        assertThat(JAR).as("the runnable jar (package phase)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!Boolean.getBoolean("cds.skip")) {
            assertThat(ARCHIVE).as("the class-data archive the build writes beside the jar").isRegularFile();
            command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE));
        }
        command.addAll(List.of("-jar", JAR.toString(), "--port", "0", "--host", "127.0.0.1"));
        try (ServerProcess server = ServerProcess.start(command)) {
            String base = server.baseUrl();

            assertThat(send(get(base + "/cnexpress/api/v1/account")).body()).contains("\"username\":\"my_username\"");
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/cnexpress/api/v1/requests"))
                    .header("Authorization", BASIC).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(seedSample())).build());
            assertThat(created.statusCode()).isEqualTo(201);
            Matcher number = Pattern.compile("\"request_no\":\"(CE\\d+)\"").matcher(created.body());
            assertThat(number.find()).as(created.body()).isTrue();
            String requestNo = number.group(1);

            // the default delays take a request to its final state within a few seconds of real time
            String succeeded = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> send(get(base + "/cnexpress/api/v1/requests/" + requestNo)).body(), body -> body.contains("\"status\":\"Succeeded\""));
            assertThat(succeeded).contains("\"waybills\":\"" + base + "/cnexpress/api/v1/waybills/request/" + requestNo + "\"");
            HttpResponse<byte[]> waybills = http.send(get(base + "/cnexpress/api/v1/waybills/request/" + requestNo), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(waybills.statusCode()).isEqualTo(200);
            assertThat(new String(waybills.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            String rest = server.sigterm();
            assertThat(rest).contains("carrier-mock-server stopped").doesNotContain("Exception");
            assertThat(server.exitValue()).isEqualTo(143);
        }
    }

    /** The seed's sample.json as the seed prints it (the resource the in-process seed tests send too). */
    private static byte[] seedSample() throws IOException {
        try (InputStream in = QuickStartJarIT.class.getResourceAsStream("/cnexpress/seed-sample.json")) {
            return in.readAllBytes();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", BASIC).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
