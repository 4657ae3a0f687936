package dev.carriercontracts.contract.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a carrier's spec: its method, its path template (below the base path) and its operationId.
 * Matches a concrete request path the way a server routes it: each {@code {parameter}} stands for one or
 * more characters other than {@code /}, so {@code /packages/{request_no}-{tracking_no}} matches
 * {@code /packages/CE20170723000000002-TEST000000001}.
 */
record SpecOperation(String method, String pathTemplate, String operationId) {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    boolean matches(String requestMethod, String path) {
        return method.equalsIgnoreCase(requestMethod) && pathPattern().matcher(path).matches();
    }

    /** Characters of the template that are not parameters: a literal segment beats a parameter. */
    int literalLength() {
        return PARAMETER.matcher(pathTemplate).replaceAll("").length();
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + pathTemplate + ")";
    }

    private Pattern pathPattern() {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(pathTemplate);
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(literalStart, parameter.start()))).append("[^/]+");
            literalStart = parameter.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(literalStart)));
        return Pattern.compile(regex.toString());
    }
}
