package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.Carrier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks an account of a carrier from the mock server's config.
 *
 * <ul>
 *   <li>On a {@link MockCredential} parameter: injects that account's id and secret (user name and
 *       password, API key, OAuth client id and secret: whatever the carrier uses).</li>
 *   <li>On a generated client parameter (e.g. {@code CnExpressApi}): the client logs in as that
 *       account instead of the carrier's first one.</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void accounts_are_isolated(CnExpressApi alice, @Credential(value = Carrier.CNEXPRESS, id = "bob") CnExpressApi bob) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Credential {

    Carrier value();

    /** The account's id in the config ({@code carriers.<carrier>.credentials[].id}); empty: the carrier's first account. */
    String id() default "";
}
