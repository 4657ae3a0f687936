package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.carrier.Route;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.EndpointNotFound;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.List;

/**
 * Builds the Javalin app: one composed pipeline per route of every mount, the handler for requests
 * no route takes, and the static sites under reserved paths when they are on the classpath.
 */
public final class HttpServerFactory {

    /** Static sites served from the classpath, if present: the docs site and the web console. */
    public static final List<StaticSite> STATIC_SITES = List.of(
            new StaticSite("/docs", "mock-server/docs"),
            new StaticSite("/__admin/console", "mock-server/console"));

    /** A directory of static files on the classpath, served under a path. */
    public record StaticSite(String hostedPath, String classpathDirectory) {
    }

    private HttpServerFactory() {
    }

    public static Javalin create(List<ApiMount> mounts, PipelineServices services, QueuedThreadPool threads,
                                 String host, int port) {
        UnmatchedRequests unmatched = new UnmatchedRequests(mounts, services);
        List<String> carrierPaths = mounts.stream().filter(m -> m.carrier() != null).map(ApiMount::basePath).toList();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = services.maxBodyBytes();
            cfg.jetty.threadPool = threads;
            cfg.jetty.addConnector((server, http) -> {
                // one selector per core, since the selectors serve the body-less carrier requests themselves
                // (Jetty's default is one selector for two cores)
                int selectors = Math.max(1, Runtime.getRuntime().availableProcessors());
                ServerConnector connector = new ServerConnector(server, 1, selectors, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                return connector;
            });
            cfg.http.compressionStrategy = CompressionStrategy.GZIP; // IoThreadDispatch.COMPRESSED_FROM is its threshold
            cfg.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(IoThreadDispatch.MAX_INLINE_ANSWER_BYTES));
            cfg.jetty.modifyServer(server -> server.setHandler(new IoThreadDispatch(server.getHandler(), carrierPaths)));
            cfg.resourceHandler(new LazyStaticFiles());
            for (StaticSite site : STATIC_SITES) {
                if (HttpServerFactory.class.getClassLoader().getResource(site.classpathDirectory()) != null) {
                    cfg.staticFiles.add(files -> {
                        files.hostedPath = site.hostedPath();
                        files.directory = site.classpathDirectory();
                        files.location = Location.CLASSPATH;
                    });
                    // the sites link relatively: from /docs instead of /docs/, every link would miss the folder
                    cfg.routes.before(site.hostedPath(), ctx -> {
                        if (ctx.path().equals(site.hostedPath())) {
                            ctx.skipRemainingHandlers().redirect(site.hostedPath() + "/", HttpStatus.MOVED_PERMANENTLY);
                        }
                    });
                }
            }
            for (ApiMount mount : mounts) {
                for (Route route : mount.routes()) {
                    cfg.routes.addHttpHandler(HandlerType.findOrCreate(route.method().name()), mount.basePath() + route.path(),
                            new CarrierEndpoint(mount, route, services));
                }
            }
            cfg.routes.exception(EndpointNotFound.class, (e, ctx) -> unmatched.notFound(ctx));
            cfg.routes.exception(Exception.class, unmatched::unexpected);
        });
    }
}
