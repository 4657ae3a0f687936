package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.carrier.ErrorResponse;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Requests no route takes: an unknown path under an API's base path is that API's "not found", a
 * known path with another method its "method not allowed"; anything else gets a plain JSON 404
 * that says where the APIs are. Also the last resort for an exception outside the pipeline.
 */
public final class UnmatchedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedRequests.class);

    private static final int SHOWN_CHARS = 200;

    private final List<ApiMount> mounts;
    private final PipelineServices services;

    public UnmatchedRequests(List<ApiMount> mounts, PipelineServices services) {
        this.mounts = List.copyOf(mounts);
        this.services = services;
    }

    public void notFound(Context ctx) {
        long started = System.nanoTime();
        String path = ctx.path();
        ApiMount mount = mountFor(path);
        if (mount == null) {
            List<String> bases = mounts.stream().map(ApiMount::basePath).toList();
            ctx.result(services.writer().json(ctx, 404, Map.of("error", "not_found",
                    "message", "Nothing at " + shown(path) + ". The APIs are under " + String.join(", ", bases) + ".")));
            return;
        }
        List<String> allowed = mount.methodsAt(path);
        ErrorResponse answer;
        if (allowed.isEmpty()) {
            answer = mount.errors().notFound("No operation " + shown(ctx.method().name()) + " " + shown(path.substring(mount.basePath().length())));
        } else {
            answer = mount.errors().methodNotAllowed(shown(ctx.method().name()), allowed);
            if (!answer.hasHeader("Allow")) {
                answer = answer.withHeader("Allow", String.join(", ", allowed));
            }
        }
        ctx.result(services.writer().error(ctx, answer));
        if (mount.carrier() != null) {
            services.recorder().record(ctx, services.clock().instant(), mount.carrier(), null, null, null,
                    ctx.statusCode(), started, null);
        }
    }

    public void unexpected(Exception e, Context ctx) {
        LOG.warn("{} {} failed outside the request pipeline", ctx.method(), ctx.path(), e);
        ApiMount mount = mountFor(ctx.path());
        if (mount != null) {
            ctx.result(services.writer().error(ctx, mount.errors().serverError(e.getClass().getSimpleName())));
        } else {
            ctx.result(services.writer().json(ctx, 500, Map.of("error", "internal_error", "message", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The client's own path or method, cut to {@value #SHOWN_CHARS} characters: an error never echoes a
     * huge input, and stays under the size from which Javalin compresses it (see {@link IoThreadDispatch}).
     */
    private static String shown(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }

    private ApiMount mountFor(String path) {
        ApiMount best = null;
        for (ApiMount m : mounts) {
            if (m.contains(path) && (best == null || m.basePath().length() > best.basePath().length())) {
                best = m;
            }
        }
        return best;
    }
}
