package dev.carriercontracts.contract.provider;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.State;
import dev.carriercontracts.contract.PactFiles;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every provider state the package-tracking pact names has a {@code @State} handler in
 * {@link PackageTrackingProviderVerificationTest}, and nothing there tells Pact to ignore a missing one. (Pact JVM
 * 4.7.5 already fails an interaction whose state has no handler; this says which state, before any replay.)
 */
class PackageTrackingStateHandlersTest {

    private static final Class<?> VERIFICATION = PackageTrackingProviderVerificationTest.class;

    @Test
    void every_state_of_the_package_tracking_pact_has_a_handler() {
        Set<String> named = new TreeSet<>();
        for (Pact pact : pacts()) {
            pact.getInteractions().forEach(interaction -> interaction.getProviderStates().stream()
                    .map(ProviderState::getName).forEach(named::add));
        }
        Set<String> handled = new TreeSet<>();
        for (Method method : VERIFICATION.getDeclaredMethods()) {
            State state = method.getAnnotation(State.class);
            if (state != null) {
                handled.addAll(Arrays.asList(state.value()));
            }
        }

        assertThat(named).as("states the pact names").isNotEmpty();
        assertThat(handled).as("@State handlers").containsAll(named);
    }

    @Test
    void a_missing_handler_is_never_ignored() {
        assertThat(VERIFICATION.getAnnotation(IgnoreMissingStateChange.class)).isNull();
    }

    private static List<Pact> pacts() {
        return PactFiles.all().stream().map(PactFiles::read)
                .filter(pact -> pact.getProvider().getName().equals(PackageTrackingProviderVerificationTest.PROVIDER))
                .toList();
    }
}
