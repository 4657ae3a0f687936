package dev.carriercontracts.mock.cnexpress.catalogue;

/** A product that can be shipped: its EAN-13 barcode and its name (both identify it in an order item). */
public record Product(String barcode, String name) {
}
