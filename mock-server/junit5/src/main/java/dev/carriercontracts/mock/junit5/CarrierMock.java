package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.clock.ClockMode;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the carrier mock server for a test class and injects what a test needs as parameters: the
 * generated clients ({@code CnExpressApi}, {@code TrackingMoreApi}, {@code CjLogisticsApi},
 * {@code PackageTrackingApi}, {@code CdekApi}, those on the classpath), {@code @BaseUrl(Carrier.X) String},
 * {@code @Credential(Carrier.X) MockCredential}, and {@code MockServer}, {@code MockClock},
 * {@code RequestJournal}, {@code FaultInjector}, {@code AdminApi}.
 *
 * <pre>{@code
 * @CarrierMock
 * class ShippingTest {
 *     @Test
 *     void ships(CnExpressApi cnexpress, MockClock clock, RequestJournal journal) { ... }
 * }
 * }</pre>
 *
 * The same settings are available from a builder, for a {@code @RegisterExtension} field:
 * {@link CarrierMockExtension#builder()}.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CarrierMockExtension.class)
public @interface CarrierMock {

    /**
     * VIRTUAL (default): frozen, moved only by the test. SYSTEM: real time, plus any offset the test
     * adds. Wins over the config's {@code clock.mode}.
     */
    ClockMode clock() default ClockMode.VIRTUAL;

    /**
     * Where the clock starts, an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}. Empty: the
     * config's {@code clock.start}, else the moment the server starts (VIRTUAL) or real time (SYSTEM).
     */
    String start() default "";

    /** Whether each test starts from a fresh server state (default: yes). */
    Reset reset() default Reset.BETWEEN_TESTS;

    /** One server per test class (default), or one for the whole run. */
    Scope scope() default Scope.CLASS;

    /**
     * A config file (the standalone server's YAML format: credentials, delays, faults, journal size...)
     * merged over the defaults: a classpath resource, else a file path. Empty: the defaults alone.
     */
    String config() default "";
}
