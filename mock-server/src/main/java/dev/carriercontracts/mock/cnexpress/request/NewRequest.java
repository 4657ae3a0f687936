package dev.carriercontracts.mock.cnexpress.request;

import dev.carriercontracts.mock.cnexpress.catalogue.Route;

/**
 * An order request that passed every rule, ready to be stored.
 *
 * @param orderNo   the order_no given, or null
 * @param packages  the packages, encoded by {@link PackageBlob}
 * @param totalCost in hundredths of GBP
 * @param failure   how it will end (see {@link StoredRequest#failure()})
 */
public record NewRequest(Route route, String orderNo, byte[] packages, int packageCount, long totalCost, int failure) {
}
