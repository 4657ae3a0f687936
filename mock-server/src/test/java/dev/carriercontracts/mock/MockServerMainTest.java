package dev.carriercontracts.mock;

import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import dev.carriercontracts.mock.testcarrier.TestCarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone command: usage, config errors, the start-up banner, and a clean stop on SIGTERM. */
class MockServerMainTest {

    private record Run(int exitCode, String out, String err, MockServerMain main) {
    }

    private static Run run(MockServerMain main, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(main).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString(), main);
    }

    @Test
    void help_prints_the_usage() {
        Run run = run(new MockServerMain(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: carrier-mock-server").contains("--port=PORT").contains("--config=FILE")
                .contains("--host=HOST").contains("--version").contains("2   invalid command line or config file");
    }

    @Test
    void version_prints_the_version() {
        Run run = run(new MockServerMain(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("carrier-mock-server ");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Run run = run(new MockServerMain(), "--prot", "8080");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--prot'").contains("Usage: carrier-mock-server");
    }

    @Test
    void a_carrier_section_its_carrier_refuses_also_exits_with_2(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("mock.yaml"),
                "carriers:\n  trackingmore:\n    couriers:\n      - {code: '', transitDays: -3}\n");

        Run run = run(new MockServerMain(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/carriers/trackingmore/couriers");
        assertThat(run.main().server()).isNull();
    }

    @Test
    void a_bad_config_file_exits_with_2_and_names_each_problem(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("mock.yaml"), "server:\n  port: -1\n  hots: localhost\n");

        Run run = run(new MockServerMain(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid mock-server config " + config).contains("/server/port: ").contains("/server/hots: ");
        assertThat(run.main().server()).isNull();
    }

    @Test
    void at_start_it_prints_each_carriers_base_url_and_credentials(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("mock.yaml"), TestServers.CONFIG);
        MockServerMain main = new MockServerMain(List.of(TestCarrier.as(Carrier.PACKAGE_TRACKING, AuthStyle.BASIC)));

        Run run = run(main, "--port", "0", "--host", "127.0.0.1", "--config", config.toString());
        try {
            String base = "http://127.0.0.1:" + main.server().port();
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("listening on " + base)
                    .contains("package-tracking   " + base + "/package-tracking/v1")
                    .contains("alice / alice-secret  (tier=\"gold\")")
                    .contains("bob / bob-secret")
                    .contains("admin              " + base + "/__admin");
        } finally {
            main.server().stop();
        }
    }

    @Test
    void sigterm_stops_the_server_cleanly() throws Exception {
        try (ServerProcess server = ServerProcess.start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MockServerMain.class.getName(), "--port", "0", "--host", "127.0.0.1"))) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/__admin/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            String rest = server.sigterm();

            assertThat(rest).contains("carrier-mock-server stopped").doesNotContain("Exception");
            assertThat(server.exitValue()).isEqualTo(143);
        }
    }
}
