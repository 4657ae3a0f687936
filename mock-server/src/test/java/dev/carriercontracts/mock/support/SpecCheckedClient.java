package dev.carriercontracts.mock.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.admin.AdminRoutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP client of the tests. Every request it sends and every response it gets is checked
 * against the API's spec by Atlassian's validator (the reference), and the test fails on any
 * error: the fast validator and the server cannot drift from the spec unnoticed. A test that
 * sends an off-spec request on purpose says so ({@link Call#expectInvalidRequest()}), and the
 * response is still checked.
 */
public final class SpecCheckedClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String serverUrl;
    private final String basePath;
    private final OpenApiInteractionValidator reference;
    private final Map<String, String> defaultHeaders;

    private SpecCheckedClient(String serverUrl, String basePath, OpenApiInteractionValidator reference, Map<String, String> defaultHeaders) {
        this.serverUrl = serverUrl;
        this.basePath = basePath;
        this.reference = reference;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    /** A client for a carrier served by {@code server}, checked against {@code specResource}. */
    public static SpecCheckedClient of(MockServer server, Carrier carrier, String specResource) {
        return new SpecCheckedClient(server.baseUrl(), carrier.basePath(), ReferenceValidators.of(specResource, carrier.basePath()), Map.of());
    }

    /** A client for the admin API, checked against mock-admin.yaml. */
    public static SpecCheckedClient admin(MockServer server) {
        return new SpecCheckedClient(server.baseUrl(), AdminRoutes.BASE_PATH,
                ReferenceValidators.of(AdminRoutes.SPEC, AdminRoutes.BASE_PATH), Map.of());
    }

    /** The same client with a header on every request. */
    public SpecCheckedClient withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(name, value);
        return new SpecCheckedClient(serverUrl, basePath, reference, headers);
    }

    public SpecCheckedClient withBasicAuth(String user, String password) {
        return withHeader("Authorization", basic(user, password));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    public Call method(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private byte[] body;
        private boolean chunked;
        private boolean requestMayBeInvalid;
        private boolean unchecked;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call withoutHeader(String name) {
            headers.remove(name);
            return this;
        }

        public Call query(String name, String... values) {
            query.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(values));
            return this;
        }

        public Call json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public Call form(String encoded) {
            return body("application/x-www-form-urlencoded", encoded.getBytes(StandardCharsets.UTF_8));
        }

        public Call body(String contentType, byte[] bytes) {
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            this.body = bytes;
            return this;
        }

        /** Sends the body chunked, without a Content-Length. */
        public Call chunked() {
            this.chunked = true;
            return this;
        }

        /** The request is off-spec on purpose: only the response is checked. */
        public Call expectInvalidRequest() {
            this.requestMayBeInvalid = true;
            return this;
        }

        /** Neither request nor response is in the spec (unknown path or method). */
        public Call unchecked() {
            this.unchecked = true;
            return this;
        }

        public HttpResult send() {
            HttpResult result = exchange();
            if (!unchecked) {
                check(result);
            }
            return result;
        }

        private HttpResult exchange() {
            String queryString = query.entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                    .collect(Collectors.joining("&"));
            URI uri = URI.create(serverUrl + basePath + path + (queryString.isEmpty() ? "" : "?" + queryString));
            HttpRequest.BodyPublisher publisher;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (chunked) {
                publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
            } else {
                publisher = HttpRequest.BodyPublishers.ofByteArray(body);
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).method(method, publisher);
            headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new HttpResult(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void check(HttpResult result) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, basePath + path);
            headers.forEach(request::withHeader);
            query.forEach(request::withQueryParam);
            if (body != null) {
                request.withBody(body);
            }
            if (!requestMayBeInvalid) {
                fail("request", reference.validateRequest(request.build()), result);
            }
            SimpleResponse.Builder response = SimpleResponse.Builder.status(result.status());
            result.headers().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    response.withHeader(name, values);
                }
            });
            if (result.body().length > 0) {
                response.withBody(result.body());
            }
            fail("response", reference.validateResponse(basePath + path, Request.Method.valueOf(method), response.build()), result);
        }

        private void fail(String what, ValidationReport report, HttpResult result) {
            if (report.hasErrors()) {
                throw new AssertionError("The " + what + " of " + method + " " + basePath + path
                        + " does not match the spec (reference validator):\n" + report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                        .collect(Collectors.joining("\n")) + "\nresponse: " + result);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
