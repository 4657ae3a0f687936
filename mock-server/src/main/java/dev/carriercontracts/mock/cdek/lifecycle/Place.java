package dev.carriercontracts.mock.cdek.lifecycle;

/** Where an order status is set, which decides the {@code city} CDEK reports with it. */
public enum Place {
    /** CDEK's office (the data checks): "Офис СДЭК". */
    OFFICE,
    SENDER_CITY,
    TRANSIT_CITY,
    RECIPIENT_CITY
}
