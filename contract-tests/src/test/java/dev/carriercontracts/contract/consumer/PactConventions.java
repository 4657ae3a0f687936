package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.generators.Category;
import au.com.dius.pact.core.model.generators.ProviderStateGenerator;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.support.expressions.DataType;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;

import java.util.List;

/** What the consumer tests of every carrier share: client options, formats as regular expressions, helpers. */
final class PactConventions {

    /**
     * Clients without retries: every call is one request, so an error interaction is matched exactly once
     * and a retry cannot hide a missing interaction.
     */
    static final ClientOptions NO_RETRIES = ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled());

    /** ISO 8601 / RFC 3339 date-time, fraction optional, {@code Z} or an offset with a colon. */
    static final String ISO_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    /** An absolute http(s) URL. */
    static final String URL = "https?://[^\\s]+";

    private PactConventions() {
    }

    /**
     * A regular expression matching exactly one of the given values (an enum on the wire). The values
     * are plain words, so they need no quoting (and {@code \Q...\E} would not survive other Pact
     * implementations reading the pact).
     */
    static String oneOf(String... values) {
        return String.join("|", values);
    }

    /**
     * Declares a request header whose value the provider computes from a provider state (e.g. a bearer
     * token issued during state set-up) and that the consumer side matches by a regular expression.
     * The V4 DSL offers either a regex or a provider-state value per header, not both, so both go on
     * the request model directly.
     */
    static void headerFromProviderState(HttpRequest request, String name, String regex, String expression, String example) {
        request.getHeaders().put(name, List.of(example));
        request.getMatchingRules().addCategory("header").addRule(name, new RegexMatcher(regex, example));
        request.getGenerators().addGenerator(Category.HEADER, name, new ProviderStateGenerator(expression, DataType.STRING));
    }
}
