package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.support.TestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** One server per test class or per run: started once, shared as it should be, stopped at the end. */
class ServerLifecycleTest {

    /** A server as a scenario test saw it. */
    record Sighting(String test, MockServer server, int port) {
    }

    static final List<Sighting> sightings = new CopyOnWriteArrayList<>();

    static void saw(String test, MockServer server) {
        sightings.add(new Sighting(test, server, server.port()));
    }

    @BeforeEach
    void forget() {
        sightings.clear();
    }

    @Test
    void each_test_class_gets_a_server_of_its_own_shared_by_its_tests() {
        passes(TestKit.run(PerClassA.class, PerClassB.class), 4);

        assertThat(server("a1")).isSameAs(server("a2"));
        assertThat(server("b1")).isSameAs(server("b2")).isNotSameAs(server("a1"));
    }

    @Test
    void a_class_server_is_stopped_when_its_class_ends() {
        passes(TestKit.run(PerClassA.class, LooksBackAtA.class), 3);

        assertThat(sighting("after-a").port()).as("A's server, seen from the next class").isEqualTo(-1);
    }

    @Test
    void nested_classes_share_the_server_of_their_enclosing_class() {
        passes(TestKit.run(WithNested.class), 2);

        assertThat(server("inner")).isSameAs(server("outer"));
    }

    @Test
    void classes_with_scope_run_share_one_server_for_the_whole_run_and_it_stops_with_the_run() {
        passes(TestKit.run(PerRunA.class, PerClassA.class, PerRunB.class), 4);

        assertThat(server("run-a")).isSameAs(server("run-b"));
        assertThat(server("a1")).isNotSameAs(server("run-a"));
        assertThat(listening(sighting("run-b").port())).as("after the run").isFalse();
    }

    @Test
    void run_scoped_classes_with_different_settings_get_different_servers() {
        passes(TestKit.run(PerRunA.class, PerRunOtherClock.class), 2);

        assertThat(server("run-other")).isNotSameAs(server("run-a"));
    }

    @Test
    void an_extension_in_an_instance_field_starts_its_server_before_the_first_test() {
        passes(TestKit.run(InstanceField.class), 2);

        assertThat(server("field-1")).isSameAs(server("field-2"));
    }

    private static void passes(EngineExecutionResults results, int tests) {
        assertThat(TestKit.failureMessages(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    private static Sighting sighting(String test) {
        return sightings.stream().filter(s -> s.test().equals(test)).findFirst().orElseThrow();
    }

    private static MockServer server(String test) {
        return sighting(test).server();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @CarrierMock
    @Order(1)
    static class PerClassA {
        @Test
        void a1(MockServer server) {
            saw("a1", server);
        }

        @Test
        void a2(MockServer server) {
            saw("a2", server);
        }
    }

    /** Runs after {@link PerClassA}: records port -1 when A's server no longer listens. */
    @CarrierMock
    @Order(2)
    static class LooksBackAtA {
        @Test
        void test(MockServer server) {
            int port = sighting("a1").port();
            boolean stillA = port != server.port() && listening(port); // this class's own server may have been given A's old port
            sightings.add(new Sighting("after-a", server, stillA ? port : -1));
        }
    }

    @CarrierMock
    static class PerClassB {
        @Test
        void b1(MockServer server) {
            saw("b1", server);
        }

        @Test
        void b2(MockServer server) {
            saw("b2", server);
        }
    }

    @CarrierMock(scope = Scope.RUN)
    @Order(0)
    static class PerRunA {
        @Test
        void test(MockServer server) {
            saw("run-a", server);
        }
    }

    /** Runs last: the run's server outlived the class scoped one of {@link PerClassA} in between. */
    @CarrierMock(scope = Scope.RUN)
    @Order(3)
    static class PerRunB {
        @Test
        void test(MockServer server) {
            saw("run-b", server);
            assertThat(listening(server.port())).isTrue();
        }
    }

    @CarrierMock(scope = Scope.RUN, start = "2030-01-01T00:00:00Z")
    static class PerRunOtherClock {
        @Test
        void test(MockServer server) {
            saw("run-other", server);
        }
    }

    @CarrierMock
    static class WithNested {
        @Test
        void outer(MockServer server) {
            saw("outer", server);
        }

        @Nested
        class Inner {
            @Test
            void inner(MockServer server) {
                saw("inner", server);
            }
        }
    }

    static class InstanceField {
        @RegisterExtension
        CarrierMockExtension mock = CarrierMockExtension.builder().build();

        @Test
        void first() {
            saw("field-1", mock.server());
        }

        @Test
        void second() {
            saw("field-2", mock.server());
        }
    }
}
