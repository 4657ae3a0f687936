package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER, to be replaced by the carrier's real module (no routes yet). */
public final class CnExpressModule implements CarrierModule {

    public CnExpressModule(CarrierContext context) {
    }

    @Override
    public Carrier carrier() {
        return Carrier.CNEXPRESS;
    }

    @Override
    public void routes(RouteTable routes) {
    }

    @Override
    public ErrorFormat errorFormat() {
        return new ErrorFormat() {
            @Override public ErrorResponse validation(List<Violation> violations) { return ErrorResponse.json(400, Map.of("error", "validation")); }
            @Override public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) { return ErrorResponse.json(401, Map.of("error", "unauthorized")); }
            @Override public ErrorResponse notFound(String detail) { return ErrorResponse.json(404, Map.of("error", detail)); }
            @Override public ErrorResponse methodNotAllowed(String method, List<String> allowed) { return ErrorResponse.json(405, Map.of("error", "method")); }
            @Override public ErrorResponse payloadTooLarge(long limitBytes) { return ErrorResponse.json(413, Map.of("error", "too large")); }
            @Override public ErrorResponse rateLimited(Duration retryAfter) { return ErrorResponse.json(429, Map.of("error", "rate")); }
            @Override public ErrorResponse injected(int status) { return ErrorResponse.json(status, Map.of("error", "injected")); }
            @Override public ErrorResponse serverError(String detail) { return ErrorResponse.json(500, Map.of("error", detail)); }
        };
    }

    @Override
    public Authenticator authenticator() {
        return Authenticator.NONE;
    }

    @Override
    public void reset() {
    }

    @Override
    public void reset(String credentialId) {
    }
}
