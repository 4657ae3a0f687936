package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body-less carrier requests are served on Jetty's I/O threads ({@link IoThreadDispatch}); a client that
 * stops reading, or sends its body slowly, must still never hold up anyone else. Each probe opens a new
 * connection, so the probes land on every I/O thread in turn, including the one serving the slow client.
 */
class SlowClientsTest {

    private static final String ACCOUNT = "GET /cnexpress/api/v1/account HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
            + Base64.getEncoder().encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8))
            + "\r\nConnection: close\r\n\r\n";
    private static final int PROBES = 6;
    private static final int PROBE_TIMEOUT_MS = 5_000;

    private MockServer server;

    @BeforeEach
    void start() {
        server = MockServer.builder().port(0).host("127.0.0.1").build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void a_client_that_never_reads_its_large_answers_does_not_hold_up_other_clients() throws Exception {
        // about 15 KiB per answer, more than is buffered on an I/O thread
        String trackNumbers = IntStream.range(0, 60).mapToObj(i -> "trackNumber=CJPKL" + (1_000_000 + i))
                .collect(Collectors.joining("&"));
        neverReading("GET /cj/api2.0/v1/logistic/trackInfo?" + trackNumbers + " HTTP/1.1\r\nHost: localhost\r\n"
                + "CJ-Access-Token: cj-test-access-token\r\n\r\n");
    }

    @Test
    void a_client_that_never_reads_its_compressed_answers_does_not_hold_up_other_clients() throws Exception {
        // about 6 KiB, gzipped to 1.6 KiB: small enough to buffer, but Javalin ends a gzip stream with a blocking write
        neverReading("GET /cnexpress/api/v1/cities HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8))
                + "\r\n\r\n");
    }

    /** Pipelines the request over one connection, never reading, until its buffers are full; then probes. */
    private void neverReading(String request) throws Exception {
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", server.port()));
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            Thread writer = new Thread(() -> pipeline(stalled, bytes, 2_000), "never-reading-client");
            writer.setDaemon(true);
            writer.start();
            Thread.sleep(1_000); // the server has written until the stalled client's buffers are full

            for (int i = 0; i < PROBES; i++) {
                assertThat(probe(ACCOUNT)).as("probe %d", i).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void a_body_that_arrives_slowly_does_not_hold_up_other_clients() throws Exception {
        String body = "{\"receiver\": \"";
        String head = "POST /cnexpress/api/v1/requests HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n";
        // the operation's validator is built, so nothing but its body takes the next POST off an I/O thread
        assertThat(probe(head.replace("1000", "2") + "{}")).startsWith("HTTP/1.1 400");
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            slow.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            slow.getOutputStream().flush(); // and the other 985 bytes never come

            for (int i = 0; i < PROBES; i++) {
                assertThat(probe(ACCOUNT)).as("probe %d", i).startsWith("HTTP/1.1 200");
            }
        }
    }

    private static void pipeline(Socket socket, byte[] request, int times) {
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < times; i++) {
                out.write(request);
            }
            out.flush();
        } catch (IOException closedByTheTest) {
            // the test is over
        }
    }

    /** One request on a new connection; the whole answer, or a read timeout failing the test. */
    private String probe(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(PROBE_TIMEOUT_MS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
