package dev.carriercontracts.contract.spec;

import au.com.dius.pact.core.model.Pact;
import dev.carriercontracts.contract.PactFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pact the consumer tests wrote ({@link PactFiles}) is allowed by its carrier's spec, request and response,
 * and covers every operation of it. Runs after the consumer tests (see pom.xml).
 */
class PactsMatchSpecsTest {

    private static final List<String> CARRIERS = List.of("cnexpress", "trackingmore", "cj", "package-tracking", "cdek");

    @Test
    void there_is_one_pact_per_carrier() {
        List<String> providers = PactFiles.all().stream().map(file -> PactFiles.read(file).getProvider().getName()).toList();

        assertThat(providers).as("providers of the pacts in %s", PactFiles.dir()).containsExactlyInAnyOrderElementsOf(CARRIERS);
    }

    @TestFactory
    Stream<DynamicTest> every_pact_is_allowed_by_its_carriers_spec_and_covers_all_of_it() {
        return PactFiles.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Pact pact = PactFiles.read(file);
            String provider = pact.getProvider().getName();
            List<SpecProblem> problems = new PactSpecCheck(CarrierSpec.forProvider(provider))
                    .check(file.getFileName().toString(), pact);

            assertThat(problems)
                    .as("what %s expects that carrier-specs/%s.yaml does not allow:%n%s", file.getFileName(), provider,
                            problems.stream().map(SpecProblem::toString).collect(Collectors.joining(System.lineSeparator())))
                    .isEmpty();
        }));
    }
}
