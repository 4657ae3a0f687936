package dev.carriercontracts.mock.cdek.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's error answer (spec {@code OAuthError}, RFC 6749 §5.2). */
public record OAuthErrorBody(String error, @JsonProperty("error_description") String errorDescription) {
}
