package dev.carriercontracts.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.State;
import dev.carriercontracts.contract.PactFiles;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CNExpress pact and its provider verification name the same states: a state the pact names without an
 * {@code @State} handler fails the build here (and in the verification itself, which Pact JVM 4.7.5 fails on a
 * missing handler unless told to ignore it), and a handler for a state no pact names any more is dead code.
 */
class CnExpressProviderStatesTest {

    @Test
    void every_state_of_the_pact_has_a_handler_and_every_handler_a_state() {
        Set<String> named = new TreeSet<>();
        for (var file : PactFiles.all()) {
            Pact pact = PactFiles.read(file);
            if (pact.getProvider().getName().equals(CnExpressProviderVerificationTest.PROVIDER)) {
                for (Interaction interaction : pact.getInteractions()) {
                    interaction.getProviderStates().stream().map(ProviderState::getName).forEach(named::add);
                }
            }
        }
        Set<String> handled = new TreeSet<>();
        for (Method method : CnExpressProviderVerificationTest.class.getDeclaredMethods()) {
            State state = method.getAnnotation(State.class);
            if (state != null) {
                handled.addAll(Arrays.asList(state.value()));
            }
        }

        assertThat(named).as("states the cnexpress pact names").isNotEmpty();
        assertThat(handled).as("@State handlers of the cnexpress verification").isEqualTo(named);
    }

    @Test
    void the_verification_does_not_ignore_missing_state_handlers() {
        assertThat(CnExpressProviderVerificationTest.class.isAnnotationPresent(IgnoreMissingStateChange.class)).isFalse();
    }
}
