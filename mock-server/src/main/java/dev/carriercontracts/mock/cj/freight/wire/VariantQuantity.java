package dev.carriercontracts.mock.cj.freight.wire;

/** A variant and how many units of it ({@code products} item). */
public record VariantQuantity(String vid, Integer quantity) {
}
