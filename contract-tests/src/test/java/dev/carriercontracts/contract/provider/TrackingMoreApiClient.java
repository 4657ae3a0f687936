package dev.carriercontracts.contract.provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * TrackingMore's own API as the provider states use it to set data up: plain HTTP with an API key, failing
 * loudly when the mock does not answer as expected (a state that silently sets nothing up would make the
 * verification prove nothing).
 */
final class TrackingMoreApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    TrackingMoreApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Registers a tracking for the API key; it starts pending. */
    void createTracking(String apiKey, String carrierCode, String trackingNumber) {
        try {
            String body = JSON.writeValueAsString(Map.of("tracking_number", trackingNumber, "carrier_code", carrierCode));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/trackings/post"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Trackingmore-Api-Key", apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("creating " + carrierCode + "/" + trackingNumber + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
