package dev.carriercontracts.client.cdek;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP peer standing in for CDEK: it issues a new token ({@code token-1}, {@code token-2}, ...)
 * for every {@code POST /v2/oauth/token} unless the test queued another token answer, and gives every
 * other call the next queued answer. It records every request, in order.
 */
final class CdekPeer implements AutoCloseable {

    static final String BASE_PATH = "/v2";
    static final String TOKEN_PATH = BASE_PATH + "/oauth/token";

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Queue<MockResponse> tokenAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<MockResponse> answers = new ConcurrentLinkedQueue<>();
    private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
    private static final int EXPIRES_IN = 3599;

    CdekPeer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request);
                if (isTokenRequest(request)) {
                    MockResponse queued = tokenAnswers.poll();
                    return queued != null ? queued : json(200, token("token-" + tokensIssued.incrementAndGet(), EXPIRES_IN));
                }
                MockResponse answer = answers.poll();
                return answer != null ? answer : json(599, "{\"unexpected\": \"no answer queued\"}");
            }
        });
        server.start();
    }

    String baseUrl() {
        return server.url(BASE_PATH).toString();
    }

    /** Queues the answer to the next call that is not a token request. */
    void answer(int status, String body) {
        answers.add(json(status, body));
    }

    void answer(MockResponse response) {
        answers.add(response);
    }

    /** The next token request gets this answer instead of a new token. */
    void answerTokenRequest(int status, String body) {
        tokenAnswers.add(json(status, body));
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    /** Every request received so far, in order. */
    List<RecordedRequest> requests() {
        return new ArrayList<>(received);
    }

    List<RecordedRequest> tokenRequests() {
        return requests().stream().filter(CdekPeer::isTokenRequest).toList();
    }

    /** The calls other than token requests, in order. */
    List<RecordedRequest> calls() {
        return requests().stream().filter(r -> !isTokenRequest(r)).toList();
    }

    RecordedRequest onlyCall() {
        List<RecordedRequest> calls = calls();
        if (calls.size() != 1) {
            throw new AssertionError("expected one call besides token requests, got " + calls.size());
        }
        return calls.get(0);
    }

    static boolean isTokenRequest(RecordedRequest request) {
        return request.getPath() != null && request.getPath().startsWith(TOKEN_PATH);
    }

    static String token(String accessToken, int expiresIn) {
        return "{\"access_token\": \"" + accessToken + "\", \"token_type\": \"bearer\", \"expires_in\": " + expiresIn
                + ", \"scope\": \"order:all payment:all\", \"jti\": \"9adca50a-2b1d-4d8c-9c1e-3f0b2e7a5d41\"}";
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
