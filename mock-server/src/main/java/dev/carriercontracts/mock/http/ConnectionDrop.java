package dev.carriercontracts.mock.http;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Closes a request's connection without an answer (the "dropped connection" fault). The socket is
 * closed and the Jetty exchange failed; the request thread returns normally, so nothing is left
 * hanging.
 */
final class ConnectionDrop {

    private ConnectionDrop() {
    }

    static void drop(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            throw new IllegalStateException("not a Jetty request: cannot drop its connection");
        }
        request.getServletChannel().getEndPoint().close();
    }
}
