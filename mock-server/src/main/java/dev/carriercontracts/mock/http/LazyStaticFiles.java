package dev.carriercontracts.mock.http;

import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.ResourceHandler;
import io.javalin.http.staticfiles.StaticFileConfig;
import io.javalin.jetty.JettyResourceHandler;
import io.javalin.security.RouteRole;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Javalin's own static file handler for the docs site and the web console, built on the first request under
 * one of their paths instead of at start-up: setting it up mounts the runnable jar as a zip file system, which
 * reads the whole directory of the jar (about 100 ms of start-up, for pages few runs ever open). Requests
 * elsewhere are answered "not mine" without building it, as the handler itself would.
 */
final class LazyStaticFiles implements ResourceHandler {

    private final List<StaticFileConfig> sites = new CopyOnWriteArrayList<>();
    private volatile CompressionStrategy compression;
    private volatile JettyResourceHandler handler;

    @Override
    public void init(CompressionStrategy compressionStrategy) {
        this.compression = compressionStrategy;
    }

    @Override
    public boolean addStaticFileConfig(StaticFileConfig config) {
        sites.add(config);
        return true;
    }

    @Override
    public boolean canHandle(Context ctx) {
        return underASite(ctx) && handler().canHandle(ctx);
    }

    @Override
    public boolean handle(Context ctx) {
        return underASite(ctx) && handler().handle(ctx);
    }

    @Override
    public Set<RouteRole> resourceRouteRoles(Context ctx) {
        return underASite(ctx) ? handler().resourceRouteRoles(ctx) : Set.of();
    }

    /** The same test as Javalin's handler makes before looking for a file. */
    private boolean underASite(Context ctx) {
        String path = ctx.path();
        for (StaticFileConfig site : sites) {
            if (site.hostedPath.equals("/") || path.startsWith(site.hostedPath)) {
                return true;
            }
        }
        return false;
    }

    private JettyResourceHandler handler() {
        JettyResourceHandler h = handler;
        if (h == null) {
            synchronized (this) {
                h = handler;
                if (h == null) {
                    h = new JettyResourceHandler();
                    if (compression != null) {
                        h.init(compression);
                    }
                    for (StaticFileConfig site : sites) {
                        h.addStaticFileConfig(site);
                    }
                    handler = h;
                }
            }
        }
        return h;
    }
}
