package dev.carriercontracts.contract.provider;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.State;
import dev.carriercontracts.contract.PactFiles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every provider state the CDEK pact names has its handler in {@link CdekProviderVerificationTest}. Pact JVM
 * 4.7.5 already fails an interaction whose state has no handler ({@code MissingStateChangeMethod}); this says so
 * by name, and also fails if the verification ever opts out with {@code @IgnoreMissingStateChange}.
 */
class CdekProviderStatesHandledTest {

    @Test
    void every_state_of_the_cdek_pact_has_a_handler_and_a_missing_one_is_not_ignored() {
        Set<String> handled = Arrays.stream(CdekProviderVerificationTest.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(State.class))
                .filter(Objects::nonNull)
                .flatMap(state -> Arrays.stream(state.value()))
                .collect(Collectors.toSet());
        Set<String> named = PactFiles.read(PactFiles.dir().resolve("carrier-client-cdek-cdek.json")).getInteractions().stream()
                .flatMap(interaction -> interaction.getProviderStates().stream())
                .map(ProviderState::getName)
                .collect(Collectors.toSet());

        assertThat(named).isNotEmpty();
        assertThat(handled).as("@State handlers of CdekProviderVerificationTest").containsAll(named);
        assertThat(CdekProviderVerificationTest.class.isAnnotationPresent(IgnoreMissingStateChange.class)).isFalse();
    }
}
