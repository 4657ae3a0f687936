package dev.carriercontracts.mock;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The standalone server's command line in its usual form, read without picocli: {@code --port}, {@code --host}
 * and {@code --config}, each at most once, as {@code --name value} or {@code --name=value}. Anything else is
 * left to picocli ({@link #read} returns null): help, version, an unknown or repeated option, a value picocli
 * might read differently (not plain digits for the port, starting with {@code -}), an {@code @file}.
 * So a new option declared on {@link MockServerMain} works at once, through picocli, until it is added here.
 *
 * @param port   null when not given
 * @param host   null when not given
 * @param config null when not given
 */
record PlainArguments(Integer port, String host, Path config) {

    static PlainArguments read(String[] args) {
        String port = null;
        String host = null;
        String config = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || arg.startsWith("@")) {
                return null;
            }
            switch (name) {
                case "--port":
                    if (port != null || !isPort(value)) {
                        return null;
                    }
                    port = value;
                    break;
                case "--host":
                    if (host != null) {
                        return null;
                    }
                    host = value;
                    break;
                case "--config":
                    if (config != null) {
                        return null;
                    }
                    config = value;
                    break;
                default:
                    return null;
            }
        }
        try {
            return new PlainArguments(port == null ? null : Integer.valueOf(port), host, config == null ? null : Path.of(config));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean isPort(String value) {
        if (value.length() > 5) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
