package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;

import java.time.Duration;
import java.time.Instant;

/**
 * TrackingMore alone on a virtual clock, with its default data and a few more API keys for the
 * unhappy paths; clients checked against the spec. One server per test class, reset per test.
 */
final class TrackingMoreServer implements AutoCloseable {

    static final String SPEC = Carrier.TRACKINGMORE.specResource();
    static final String HEADER = "Trackingmore-Api-Key";
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    static final String KEY = "YOUR_API_KEY";
    static final String SECOND_KEY = "SECOND_API_KEY";
    static final String DELETED_KEY = "DELETED_API_KEY";
    static final String NO_REALTIME_KEY = "NO_REALTIME_API_KEY";
    static final String SMALL_QUOTA_KEY = "SMALL_QUOTA_API_KEY";

    /** The default keys, and three more: a deleted one, one without real-time queries, one with a quota of 2. */
    static final String KEYS = """
            carriers:
              trackingmore:
                credentials:
                  - {id: merchant, secret: YOUR_API_KEY, attributes: {email: merchant@example.com, quota: 9999}}
                  - {id: second-merchant, secret: SECOND_API_KEY, attributes: {email: second@example.com, quota: 500}}
                  - {id: gone, secret: DELETED_API_KEY, attributes: {deleted: true}}
                  - {id: no-realtime, secret: NO_REALTIME_API_KEY, attributes: {realtime: false}}
                  - {id: small, secret: SMALL_QUOTA_API_KEY, attributes: {quota: 2}}
            """;

    private final MockServer server;

    private TrackingMoreServer(MockServer server) {
        this.server = server;
    }

    static TrackingMoreServer start() {
        return start("");
    }

    /** @param extraYaml more config, e.g. {@code server: {stores: {maxEntitiesPerCarrier: 3}}} */
    static TrackingMoreServer start(String extraYaml) {
        return new TrackingMoreServer(MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(new ConfigLoader().fromYaml(KEYS + extraYaml, "trackingmore test config"))
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(Carrier.TRACKINGMORE, TrackingMoreModule::new))
                .build()
                .start());
    }

    MockServer server() {
        return server;
    }

    SpecCheckedClient client(String apiKey) {
        return anonymous().withHeader(HEADER, apiKey);
    }

    SpecCheckedClient merchant() {
        return client(KEY);
    }

    SpecCheckedClient second() {
        return client(SECOND_KEY);
    }

    SpecCheckedClient anonymous() {
        return SpecCheckedClient.of(server, Carrier.TRACKINGMORE, SPEC);
    }

    SpecCheckedClient admin() {
        return SpecCheckedClient.admin(server);
    }

    void reset() {
        server.admin().resetAll();
        server.clock().freezeAt(START);
    }

    void advance(Duration duration) {
        server.clock().advance(duration);
    }

    /** Creates a tracking as the merchant and returns the answer (201 expected by the caller). */
    HttpResult create(String carrierCode, String trackingNumber) {
        return create(merchant(), carrierCode, trackingNumber);
    }

    static HttpResult create(SpecCheckedClient client, String carrierCode, String trackingNumber) {
        return client.post("/trackings/post")
                .json("{\"tracking_number\": \"" + trackingNumber + "\", \"carrier_code\": \"" + carrierCode + "\"}")
                .send();
    }

    HttpResult get(String carrierCode, String trackingNumber) {
        return merchant().get("/trackings/" + carrierCode + "/" + trackingNumber).send();
    }

    /** The tracking's status as the merchant reads it now. */
    String status(String carrierCode, String trackingNumber) {
        return get(carrierCode, trackingNumber).json().path("data").path("status").asText();
    }

    @Override
    public void close() {
        server.close();
    }
}
