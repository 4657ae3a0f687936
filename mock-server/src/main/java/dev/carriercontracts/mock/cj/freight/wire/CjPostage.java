package dev.carriercontracts.mock.cj.freight.wire;

/** CJ's own price breakdown ({@code cjRespDTO}): amounts as decimal strings, as CJ sends them. */
public record CjPostage(String postage, String postageCNY, String remoteFee, String remoteFeeCNY) {
}
