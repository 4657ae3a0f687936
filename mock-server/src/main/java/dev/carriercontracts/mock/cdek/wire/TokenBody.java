package dev.carriercontracts.mock.cdek.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's answer (spec {@code Token}, RFC 6749 §5.1). */
public record TokenBody(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                        @JsonProperty("expires_in") long expiresIn, String scope, String jti) {
}
