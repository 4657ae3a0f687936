package dev.carriercontracts.mock.cj.freight.wire;

/** The logistics option of a detailed quote ({@code option}). */
public record OptionView(String arrivalTime, String cnName, String enName, String id) {
}
