package dev.carriercontracts.client.core;

import feign.Request;

import java.util.Collection;
import java.util.Map;

/** Turns one carrier's error answer (status, headers, raw body) into that carrier's typed exception. */
@FunctionalInterface
public interface ErrorBodyMapper {

    CarrierException toException(int status, Request request, byte[] body, Map<String, Collection<String>> headers);
}
