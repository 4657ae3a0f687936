package dev.carriercontracts.mock.cnexpress.waybill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the waybill (shipping label) of one CNExpress package.
 *
 * <p>Lenient on purpose: the renderer must turn whatever the store holds into a valid PDF, so every
 * text may be {@code null} (printed empty), and {@code null} nested parts or items are replaced by
 * empty ones here. The receiver's ID number is never held in clear (see {@link Receiver}).
 *
 * @param requestNo   the order request's number, e.g. {@code CE20170723000000002}
 * @param trackingNo  the package's tracking number, printed big and as a Code 128 barcode
 * @param route       the shipping line, e.g. {@code cnpost} 邮政线
 * @param orderNo     the shipper's order number, or {@code null}
 * @param packageNo   the shipper's package number, or {@code null}
 * @param createdAt   when the order request was created, or {@code null}
 * @param testMode    whether the request was made by a test account (prints a "not for shipping" banner)
 * @param sender      who sends the package
 * @param receiver    who receives it
 * @param weightKg    the weight in kilograms as the carrier's decimal string, e.g. {@code "4.00"}
 * @param dimensionsCm length, width and height in centimetres
 * @param items       the contents, one line per product, in order
 * @param costGbp     the shipping cost of this package in GBP, or {@code null}
 */
public record Waybill(
        String requestNo,
        String trackingNo,
        Route route,
        String orderNo,
        String packageNo,
        Instant createdAt,
        boolean testMode,
        Sender sender,
        Receiver receiver,
        String weightKg,
        Dimensions dimensionsCm,
        List<Item> items,
        BigDecimal costGbp) {

    public Waybill {
        route = route == null ? new Route(null, null) : route;
        sender = sender == null ? new Sender(null, null, null) : sender;
        receiver = receiver == null ? new Receiver(null, null, null, null, null, null) : receiver;
        dimensionsCm = dimensionsCm == null ? new Dimensions(0, 0, 0) : dimensionsCm;
        items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /** A shipping line: its code ({@code cnpost}) and name (邮政线). */
    public record Route(String code, String name) {
    }

    /** The sender, with the full address as one text. */
    public record Sender(String name, String phone, String address) {
    }

    /**
     * The receiver. The address is without the city, as the carrier takes it.
     *
     * <p>The ID card number is personal data and a label is read by everyone who handles the
     * parcel: the constructor keeps only its last 4 characters and replaces the others with
     * {@code *}, so pass the number as the order gave it; masking an already masked number changes
     * nothing.
     */
    public record Receiver(
            String name,
            String phone,
            String address,
            String city,
            String postCode,
            String maskedIdNumber) {

        private static final int VISIBLE_ID_CHARACTERS = 4;

        public Receiver {
            maskedIdNumber = maskIdNumber(maskedIdNumber);
        }

        /**
         * {@code X40192928323} → {@code ********8323}. A number of 4 characters or fewer is masked
         * entirely, since its last 4 would be all of it.
         */
        public static String maskIdNumber(String idNumber) {
            if (idNumber == null) {
                return null;
            }
            int[] codePoints = idNumber.strip().codePoints().toArray();
            int visibleFrom = codePoints.length > VISIBLE_ID_CHARACTERS
                    ? codePoints.length - VISIBLE_ID_CHARACTERS
                    : codePoints.length;
            StringBuilder masked = new StringBuilder(codePoints.length);
            for (int i = 0; i < codePoints.length; i++) {
                if (i < visibleFrom) {
                    masked.append('*');
                } else {
                    masked.appendCodePoint(codePoints[i]);
                }
            }
            return masked.toString();
        }
    }

    /** Outer dimensions of the package, in centimetres. */
    public record Dimensions(int length, int width, int height) {
    }

    /** One product of the contents: its name, its EAN-13 barcode and how many of it. */
    public record Item(String name, String barcode, int count) {
    }
}
