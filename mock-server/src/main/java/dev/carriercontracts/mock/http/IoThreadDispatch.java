package dev.carriercontracts.mock.http;

import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.List;

/**
 * Serves a carrier request without a body on the I/O thread that parsed it, as Netty servers do, and
 * hands every other request to the worker pool. Under load, that hand-off (a thread woken per request)
 * cost more than the whole carrier pipeline of {@code GET /account}.
 * <p>
 * Only what cannot block stays on the I/O thread, since a blocked I/O thread stalls every connection it
 * serves: a request without a body has nothing left to read, and its answer, if no larger than
 * {@link #MAX_INLINE_ANSWER_BYTES} and not compressed, is buffered and flushed asynchronously when the
 * exchange completes. {@link CarrierEndpoint} moves the rest to a worker itself: routes declared slow
 * (PDFs), an operation's first request (which builds its validator), and answers whose write might wait
 * ({@link #writeMayBlock}). The admin API and the static sites always run on a worker.
 */
final class IoThreadDispatch extends Handler.Wrapper {

    /**
     * The largest answer written on an I/O thread. Jetty's servlet output aggregates writes up to this size
     * (the server is configured with it) and sends them without blocking; a larger write may wait for a
     * slow reader.
     */
    static final int MAX_INLINE_ANSWER_BYTES = 8 * 1024;

    /** Javalin compresses an answer from this size on, when the client accepts it (its default strategy). */
    static final int COMPRESSED_FROM = CompressionStrategy.GZIP.getDefaultMinSizeForCompression();

    private static final ThreadLocal<Boolean> ON_IO_THREAD = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final List<String> inlinePaths;

    /** @param inlinePaths the carriers' base paths, whose body-less requests are served inline */
    IoThreadDispatch(Handler next, List<String> inlinePaths) {
        super(next);
        this.inlinePaths = List.copyOf(inlinePaths);
    }

    /** Whether the calling code runs on an I/O thread, where it must not block. */
    static boolean onIoThread() {
        return ON_IO_THREAD.get();
    }

    /**
     * Whether writing an answer might wait for the client: it is too large to be buffered, or Javalin will
     * compress it, and Javalin closes its compressing stream with a blocking write.
     */
    static boolean writeMayBlock(int answerBytes, Context ctx) {
        return answerBytes > MAX_INLINE_ANSWER_BYTES
                || (answerBytes >= COMPRESSED_FROM && ctx.header(HttpHeader.ACCEPT_ENCODING.asString()) != null);
    }

    @Override
    public InvocationType getInvocationType() {
        // tells Jetty's selector to run this handler itself rather than wake a thread for it
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (withoutBody(request) && underInlinePath(request.getHttpURI().getCanonicalPath())) {
            ON_IO_THREAD.set(Boolean.TRUE);
            try {
                return super.handle(request, response, callback);
            } finally {
                ON_IO_THREAD.set(Boolean.FALSE);
            }
        }
        request.getContext().execute(() -> handleOnWorker(request, response, callback));
        return true;
    }

    private void handleOnWorker(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    private static boolean withoutBody(Request request) {
        return request.getLength() <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private boolean underInlinePath(String path) {
        if (path == null) {
            return false;
        }
        for (String base : inlinePaths) {
            if (path.startsWith(base) && (path.length() == base.length() || path.charAt(base.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
