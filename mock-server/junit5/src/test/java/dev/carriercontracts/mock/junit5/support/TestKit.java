package dev.carriercontracts.mock.junit5.support;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Runs test classes written as scenarios (static nested classes, which Surefire does not run itself). */
public final class TestKit {

    private TestKit() {
    }

    /** Runs the classes, in the order of their {@code @Order} annotations. */
    public static EngineExecutionResults run(Class<?>... testClasses) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.testclass.order.default", ClassOrderer.OrderAnnotation.class.getName())
                .selectors(Arrays.stream(testClasses).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** The messages of every failure: of tests and of containers (a class whose server could not start). */
    public static List<String> failureMessages(EngineExecutionResults results) {
        return Stream.concat(results.testEvents().failed().stream(), results.containerEvents().failed().stream())
                .map(TestKit::message)
                .toList();
    }

    private static String message(Event event) {
        Throwable thrown = event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        return thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }
}
