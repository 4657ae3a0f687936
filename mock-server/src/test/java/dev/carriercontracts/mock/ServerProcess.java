package dev.carriercontracts.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server as a separate JVM, for the tests of the command itself: started from a command line,
 * ready once its banner says where it listens, stopped with SIGTERM as a process manager would.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final BufferedReader output;
    private final String baseUrl;

    private ServerProcess(Process process) throws IOException {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.baseUrl = readBaseUrl();
    }

    /** Starts the command and waits for the banner; fails with what the process printed if it never comes. */
    static ServerProcess start(List<String> command) throws IOException {
        return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Sends SIGTERM and waits for the exit; returns what the process printed after its banner. */
    String sigterm() throws IOException, InterruptedException {
        process.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop within 20 s of SIGTERM");
        }
        StringBuilder rest = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            rest.append(line).append('\n');
        }
        return rest.toString();
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private String readBaseUrl() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start: " + String.join("\n", lines));
    }
}
