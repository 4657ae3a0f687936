package dev.carriercontracts.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Loads the HTTP stack's classes on the second core while the main thread reads the command line and the
 * config: the standalone server is then ready in about the time the slower of the two takes, not their sum.
 * It only creates throwaway objects (nothing listens, nothing is kept); any failure is ignored, as the main
 * thread loads the same classes anyway.
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    static void startInBackground() {
        Thread thread = new Thread(StartupWarmup::warm, "startup-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try {
            Server jetty = new Server();
            jetty.addConnector(new ServerConnector(jetty));
            Javalin.create(config -> config.startup.showJavalinBanner = false);
            new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsBytes(java.util.Map.of("warm", 1));
        } catch (Throwable ignored) {
            // only a head start: the main thread does the real work and reports real failures
        }
    }
}
