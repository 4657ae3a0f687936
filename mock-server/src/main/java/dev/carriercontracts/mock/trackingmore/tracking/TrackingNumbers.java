package dev.carriercontracts.mock.trackingmore.tracking;

import java.util.regex.Pattern;

/**
 * The mock's rule for 4014 "The value of tracking_number is invalid": carriers' numbers are
 * letters, digits and dashes, so anything else (spaces, punctuation) cannot be one. TrackingMore
 * publishes no rule of its own.
 */
public final class TrackingNumbers {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]+");

    private TrackingNumbers() {
    }

    public static boolean isValid(String trackingNumber) {
        return VALID.matcher(trackingNumber).matches();
    }
}
