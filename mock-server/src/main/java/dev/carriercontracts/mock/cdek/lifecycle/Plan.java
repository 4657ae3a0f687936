package dev.carriercontracts.mock.cdek.lifecycle;

/**
 * What an order will do when nothing forces it, decided once when it is registered.
 *
 * @param valid         the order breaks no business rule, so its CREATE request will be SUCCESSFUL
 * @param toPickUpPoint the recipient collects it at a pick-up point ({@code delivery_point}), rather than from a courier
 * @param ending        how delivery ends
 */
public record Plan(boolean valid, boolean toPickUpPoint, Ending ending) {
}
