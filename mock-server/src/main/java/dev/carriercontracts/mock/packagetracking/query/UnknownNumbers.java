package dev.carriercontracts.mock.packagetracking.query;

import java.util.regex.Pattern;

/**
 * The tracking numbers the mock knows nothing about (magic values of {@code x-mock-magic-values}); every
 * other number of a supported carrier is known from its first query on.
 */
final class UnknownNumbers {

    static final String PREFIX = "NOTFOUND";

    /** Letters, then only zeros: the spec's own not-found example {@code SF0000000000}. */
    private static final Pattern ALL_ZEROS = Pattern.compile("[A-Za-z]*0+");

    private UnknownNumbers() {
    }

    static boolean isUnknown(String expNo) {
        return expNo.startsWith(PREFIX) || ALL_ZEROS.matcher(expNo).matches();
    }
}
