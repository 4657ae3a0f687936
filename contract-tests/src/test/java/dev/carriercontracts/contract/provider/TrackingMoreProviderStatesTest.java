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
 * Every provider state the TrackingMore pact names has a handler in the verification, and nothing switches
 * off Pact's own failure on a missing one: a new state in the pact fails the build until it is handled.
 */
class TrackingMoreProviderStatesTest {

    @Test
    void every_state_of_the_trackingmore_pact_has_a_handler() {
        List<Pact> pacts = PactFiles.all().stream().map(PactFiles::read)
                .filter(pact -> pact.getProvider().getName().equals(TrackingMoreProviderVerificationTest.PROVIDER))
                .toList();
        Set<String> named = new TreeSet<>();
        pacts.forEach(pact -> pact.getInteractions().forEach(i -> i.getProviderStates().stream()
                .map(ProviderState::getName).forEach(named::add)));
        Set<String> handled = new TreeSet<>();
        for (Method m : TrackingMoreProviderVerificationTest.class.getDeclaredMethods()) {
            State state = m.getAnnotation(State.class);
            if (state != null) {
                handled.addAll(Arrays.asList(state.value()));
            }
        }

        assertThat(pacts).as("the trackingmore pact").isNotEmpty();
        assertThat(named).isNotEmpty();
        assertThat(handled).containsAll(named);
        assertThat(TrackingMoreProviderVerificationTest.class.getAnnotation(IgnoreMissingStateChange.class)).isNull();
    }
}
