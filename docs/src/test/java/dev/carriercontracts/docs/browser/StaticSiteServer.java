package dev.carriercontracts.docs.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a folder of static files on 127.0.0.1 under a path prefix, the way a static host would: enough to load
 * a built site in a browser. {@code /prefix/} answers {@code index.html}; anything outside the folder is 404.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "yaml", "application/yaml; charset=utf-8",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String prefix;

    private StaticSiteServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** @param prefix where the folder appears, e.g. {@code /docs/} */
    public static StaticSiteServer serve(Path folder, String prefix) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(prefix, exchange -> answer(exchange, root, prefix));
            server.start();
            return new StaticSiteServer(server, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a file of the site, e.g. {@code url("index.html")}. */
    public String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + file;
    }

    private static void answer(HttpExchange exchange, Path root, String prefix) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(prefix.length());
            Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (!"GET".equals(exchange.getRequestMethod()) || !file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, Files.size(file));
            Files.copy(file, exchange.getResponseBody());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
