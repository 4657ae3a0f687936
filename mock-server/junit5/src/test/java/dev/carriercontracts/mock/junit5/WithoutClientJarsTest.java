package dev.carriercontracts.mock.junit5;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client jars are optional dependencies: a team that has none of them (it only wants base URLs and
 * the server) must be able to load, verify and use the extension. Proven on a class loader that sees
 * this module's test classpath minus every carrier-client jar.
 */
class WithoutClientJarsTest {

    @Test
    void the_extension_loads_and_starts_a_server_with_no_client_jar_on_the_classpath() throws Exception {
        try (URLClassLoader withoutClients = classpathWithout("carrier-client-")) {
            assertThatThrownBy(() -> Class.forName("dev.carriercontracts.client.core.ClientOptions", false, withoutClients))
                    .isInstanceOf(ClassNotFoundException.class);

            // initialising a class links and verifies it: every class of the extension that a test without clients uses
            for (String name : new String[]{"CarrierMockExtension", "CarrierMockExtension$Builder", "ExtensionSettings",
                    "ServerSpec", "ServerHandle", "ParameterInjection", "GeneratedClient"}) {
                Class<?> type = Class.forName("dev.carriercontracts.mock.junit5." + name, true, withoutClients);
                assertThat(type.getDeclaredMethods()).isNotEmpty();
            }

            Class<?> spec = Class.forName("dev.carriercontracts.mock.junit5.ServerSpec", true, withoutClients);
            Method start = Class.forName("dev.carriercontracts.mock.junit5.ServerHandle", true, withoutClients)
                    .getDeclaredMethod("start", spec);
            Field defaults = spec.getDeclaredField("DEFAULTS");
            start.setAccessible(true);
            defaults.setAccessible(true);
            try (AutoCloseable handle = (AutoCloseable) start.invoke(null, defaults.get(null))) {
                assertThat(handle).isNotNull();
            }
        }
    }

    private static URLClassLoader classpathWithout(String jarNamePart) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !new File(entry).getName().contains(jarNamePart))
                .map(WithoutClientJarsTest::url)
                .toArray(URL[]::new);
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    private static URL url(String path) {
        try {
            return new File(path).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
