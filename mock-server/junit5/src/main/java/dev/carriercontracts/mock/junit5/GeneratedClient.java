package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.Carrier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The generated client APIs the extension can inject, by class name only: this type never loads a
 * client class, so a test classpath needs only the client jars it uses.
 */
enum GeneratedClient {
    CNEXPRESS(Carrier.CNEXPRESS, "dev.carriercontracts.client.cnexpress.api.CnExpressApi"),
    TRACKINGMORE(Carrier.TRACKINGMORE, "dev.carriercontracts.client.trackingmore.api.TrackingMoreApi"),
    CJ(Carrier.CJ, "dev.carriercontracts.client.cj.api.CjLogisticsApi"),
    PACKAGE_TRACKING(Carrier.PACKAGE_TRACKING, "dev.carriercontracts.client.packagetracking.api.PackageTrackingApi"),
    CDEK(Carrier.CDEK, "dev.carriercontracts.client.cdek.api.CdekApi");

    private final Carrier carrier;
    private final String apiClassName;

    GeneratedClient(Carrier carrier, String apiClassName) {
        this.carrier = carrier;
        this.apiClassName = apiClassName;
    }

    Carrier carrier() {
        return carrier;
    }

    String apiClassName() {
        return apiClassName;
    }

    String simpleName() {
        return apiClassName.substring(apiClassName.lastIndexOf('.') + 1);
    }

    static Optional<GeneratedClient> forType(Class<?> type) {
        return Arrays.stream(values()).filter(c -> c.apiClassName.equals(type.getName())).findFirst();
    }
}
