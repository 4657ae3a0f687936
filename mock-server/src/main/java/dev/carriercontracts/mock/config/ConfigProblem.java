package dev.carriercontracts.mock.config;

/**
 * One thing wrong with a config file.
 *
 * @param path where, as a JSON pointer into the file (e.g. {@code /server/port}); empty for the whole file
 */
public record ConfigProblem(String path, String message) {

    @Override
    public String toString() {
        return (path.isEmpty() ? "(file)" : path) + ": " + message;
    }
}
