package dev.carriercontracts.mock.cj.freight;

/** The carrier line behind a logistics option ({@code channel} in a detailed quote). */
public record ChannelLine(String id, String cnName, String enName) {
}
