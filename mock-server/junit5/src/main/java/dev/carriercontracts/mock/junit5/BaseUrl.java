package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.Carrier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects where a carrier is served, e.g. {@code http://127.0.0.1:51234/cnexpress/api/v1}: the URL
 * to give the code under test in place of the carrier's real one. On a {@code String} or
 * {@code java.net.URI} parameter.
 *
 * <pre>{@code
 * @Test
 * void ships_an_order(@BaseUrl(Carrier.CNEXPRESS) String cnexpress) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface BaseUrl {

    Carrier value();
}
