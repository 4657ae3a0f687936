package dev.carriercontracts.mock.config;

import java.util.List;
import java.util.stream.Collectors;

/** A config file that cannot be used, with every problem found and where it is. */
public final class InvalidConfigException extends RuntimeException {

    private final String source;
    private final List<ConfigProblem> problems;

    public InvalidConfigException(String source, List<ConfigProblem> problems) {
        super("Invalid mock-server config " + source + ":" + problems.stream()
                .map(p -> "\n  " + p)
                .collect(Collectors.joining()));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
