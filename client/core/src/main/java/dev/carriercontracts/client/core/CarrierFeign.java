package dev.carriercontracts.client.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.codec.Decoder;
import feign.form.FormEncoder;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;
import feign.slf4j.Slf4jLogger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Assembles a Feign client for one carrier from its generated API interface: OkHttp with the
 * configured timeouts, the shared JSON mapper, the carrier's typed errors, envelope checks and
 * retries. Each carrier's factory (e.g. {@code CnExpressClient}) is a few lines on top of this.
 *
 * <pre>{@code
 * CnExpressApi api = CarrierFeign.forCarrier(CnExpressException::from)
 *         .decoder(ApiResponseDecoder::new)
 *         .auth(new BasicAuthRequestInterceptor(user, password))
 *         .build(CnExpressApi.class, baseUrl, options);
 * }</pre>
 */
public final class CarrierFeign {

    private final ErrorBodyMapper errors;
    private EnvelopeInspector envelope = EnvelopeInspector.NONE;
    private Function<ObjectMapper, Decoder> decoder;
    private final List<RequestInterceptor> interceptors = new ArrayList<>();
    private final Set<String> safeOperations = new HashSet<>();
    private IdempotentRetryer.Sleeper sleeper = IdempotentRetryer.Sleeper.REAL;

    private CarrierFeign(ErrorBodyMapper errors) {
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Starts a client whose HTTP errors are decoded by {@code errors}. */
    public static CarrierFeign forCarrier(ErrorBodyMapper errors) {
        return new CarrierFeign(errors);
    }

    /** The generated decoder (e.g. the carrier's {@code ApiResponseDecoder::new}), given the shared mapper. */
    public CarrierFeign decoder(Function<ObjectMapper, Decoder> decoder) {
        this.decoder = decoder;
        return this;
    }

    /** Checks successful JSON answers for failures reported in the carrier's envelope. */
    public CarrierFeign envelope(EnvelopeInspector inspector) {
        this.envelope = Objects.requireNonNull(inspector, "inspector");
        return this;
    }

    /** Adds a request interceptor, typically the carrier's authentication. */
    public CarrierFeign auth(RequestInterceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * Marks POST operations that only read (quotes, queries) as safe to retry like a GET.
     *
     * @param operationIds the spec's operationIds, i.e. the generated method names
     */
    public CarrierFeign safeToRetry(String... operationIds) {
        safeOperations.addAll(List.of(operationIds));
        return this;
    }

    CarrierFeign sleeper(IdempotentRetryer.Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    public <T> T build(Class<T> api, String baseUrl, ClientOptions options) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(decoder, "decoder: call decoder(...) with the generated ApiResponseDecoder");
        ObjectMapper mapper = CarrierJson.newMapper();
        return Feign.builder()
                .client(new OkHttpClient(new okhttp3.OkHttpClient.Builder()
                        .retryOnConnectionFailure(false)  // retries are IdempotentRetryer's decision
                        .build()))
                .options(new Request.Options(
                        options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        options.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        true))
                .encoder(new FormEncoder(new JacksonEncoder(mapper)))
                .decoder(new EnvelopeCheckingDecoder(decoder.apply(mapper), envelope, mapper))
                .errorDecoder(new CarrierErrorDecoder(errors, options.clock()))
                .retryer(new IdempotentRetryer(options.retryPolicy(), safeOperations, options.clock(), sleeper))
                .requestInterceptors(interceptors)
                .logger(new Slf4jLogger(api))
                .logLevel(Logger.Level.NONE)
                .target(api, stripTrailingSlash(baseUrl));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
