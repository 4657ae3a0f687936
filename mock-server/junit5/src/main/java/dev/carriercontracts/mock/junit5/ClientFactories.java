package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.cdek.CdekClient;
import dev.carriercontracts.client.cj.CjClient;
import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.packagetracking.PackageTrackingClient;
import dev.carriercontracts.client.trackingmore.TrackingMoreClient;
import dev.carriercontracts.mock.Carrier;

import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Builds generated clients with the carriers' own factories. The JVM resolves each factory only when
 * its branch runs, and this class is loaded only when a test asks for a client, so a classpath holding
 * one client jar (and client-core, which it brings) is enough for that client.
 */
final class ClientFactories {

    private ClientFactories() {
    }

    /**
     * @param clock   the mock server's clock: a cached CDEK token expires when the mock says so
     * @param options customises {@code ClientOptions.defaults().withClock(clock)}; {@code null} for none
     */
    static Object create(Carrier carrier, String baseUrl, MockCredential account, Clock clock, UnaryOperator<ClientOptions> options) {
        ClientOptions base = ClientOptions.defaults().withClock(clock);
        ClientOptions chosen = options == null ? base : options.apply(base);
        return switch (carrier) {
            case CNEXPRESS -> CnExpressClient.create(baseUrl, account.id(), account.secret(), chosen);
            case TRACKINGMORE -> TrackingMoreClient.create(baseUrl, account.secret(), chosen);
            case CJ -> CjClient.create(baseUrl, account.secret(), chosen);
            case PACKAGE_TRACKING -> PackageTrackingClient.create(baseUrl, account.secret(), chosen);
            case CDEK -> CdekClient.create(baseUrl, account.id(), account.secret(), chosen);
        };
    }
}
