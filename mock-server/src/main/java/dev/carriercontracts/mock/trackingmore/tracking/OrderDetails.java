package dev.carriercontracts.mock.trackingmore.tracking;

/**
 * What the merchant tells TrackingMore about a shipment besides its key (the create fields of the
 * seed); every field may be null.
 */
public record OrderDetails(String title, String logisticsChannel, String customerName, String customerEmail,
                           String customerPhone, String orderId, String orderCreateTime, String destinationCode,
                           String comment, String lang, String trackingShipDate, String trackingPostalCode,
                           String trackingAccountNumber, String specialNumberDestination) {

    /** These details with every non-null field of {@code changes} taken over (null means unchanged). */
    public OrderDetails updatedWith(OrderDetails changes) {
        return new OrderDetails(
                pick(changes.title, title), pick(changes.logisticsChannel, logisticsChannel),
                pick(changes.customerName, customerName), pick(changes.customerEmail, customerEmail),
                pick(changes.customerPhone, customerPhone), pick(changes.orderId, orderId),
                pick(changes.orderCreateTime, orderCreateTime), pick(changes.destinationCode, destinationCode),
                pick(changes.comment, comment), pick(changes.lang, lang), pick(changes.trackingShipDate, trackingShipDate),
                pick(changes.trackingPostalCode, trackingPostalCode),
                pick(changes.trackingAccountNumber, trackingAccountNumber),
                pick(changes.specialNumberDestination, specialNumberDestination));
    }

    private static String pick(String change, String current) {
        return change != null ? change : current;
    }
}
