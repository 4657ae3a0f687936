package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.faults.FaultRule;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a server is built from. A value: in {@link Scope#RUN}, classes whose specs are equal share one server.
 *
 * @param start          where the clock starts; {@code null}: the config's {@code clock.start}, else now
 * @param configLocation a classpath resource or file, or {@code null}
 * @param configYaml     config text given to the builder, or {@code null} (at most one of the two is set)
 * @param faults         rules active from the start and restored by every reset, on top of the config's
 */
record ServerSpec(ClockMode clock, Instant start, String configLocation, String configYaml, int port, List<FaultRule> faults) {

    static final ServerSpec DEFAULTS = new ServerSpec(ClockMode.VIRTUAL, null, null, null, 0, List.of());

    ServerSpec {
        Objects.requireNonNull(clock, "clock");
        faults = List.copyOf(faults);
    }

    MockConfig loadConfig() {
        ConfigLoader loader = new ConfigLoader();
        if (configYaml != null) {
            return loader.fromYaml(configYaml, "(the extension builder's configYaml)");
        }
        if (configLocation == null) {
            return loader.defaults();
        }
        String resource = configLocation.replaceFirst("^classpath:", "").replaceFirst("^/", "");
        URL url = classLoader().getResource(resource);
        if (url != null) {
            return loader.fromYaml(read(url), "classpath:" + resource);
        }
        Path file = Path.of(configLocation);
        if (Files.isRegularFile(file)) {
            return loader.load(file);
        }
        throw new ExtensionConfigurationException("mock-server config '" + configLocation
                + "' is neither a classpath resource nor a file (working directory: " + Path.of("").toAbsolutePath() + ")");
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ServerSpec.class.getClassLoader();
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
