package dev.carriercontracts.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The mock server's admin API over HTTP ({@code specs/.../mock-admin.yaml}): how provider states and acceptance
 * tests reset the server, move its clock and force states, the way a QA engineer would, never through its
 * internals. Every call fails loudly on an unexpected status.
 */
public final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    public AdminClient(String serverBaseUrl) {
        this.root = serverBaseUrl.replaceAll("/+$", "") + "/__admin";
    }

    /** Forgets every carrier's data (and the journal). */
    public void resetAll() {
        send("POST", "/reset", null, 200);
    }

    /** Moves the virtual clock forward. */
    public JsonNode advanceClock(Duration duration) {
        return send("POST", "/clock/advance", JSON.createObjectNode().put("duration", duration.toString()), 200);
    }

    /** Forces an entity into a state, e.g. {@code forceState("cnexpress", "request", "CE…", "Failed")}. */
    public JsonNode forceState(String carrier, String kind, String id, String state) {
        return send("POST", "/" + carrier + "/" + kind + "/" + encode(id) + "/state",
                JSON.createObjectNode().put("state", state), 200);
    }

    /** The stored entities of a carrier, with their states and timelines. */
    public JsonNode entities(String carrier) {
        return send("GET", "/" + carrier + "/entities", null, 200);
    }

    private JsonNode send(String method, String path, JsonNode body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(10));
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + root + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
