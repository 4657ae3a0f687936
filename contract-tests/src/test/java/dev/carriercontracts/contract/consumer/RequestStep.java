package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import kotlin.jvm.functions.Function1;

/**
 * A pact request built in steps: what every call of a carrier carries (method, path, credentials) first, then
 * what the operation adds (a body, query parameters). Usable wherever the V4 DSL takes a request function.
 */
@FunctionalInterface
interface RequestStep extends Function1<HttpRequestBuilder, HttpRequestBuilder> {

    default RequestStep andThen(Function1<HttpRequestBuilder, HttpRequestBuilder> next) {
        return request -> next.invoke(invoke(request));
    }
}
