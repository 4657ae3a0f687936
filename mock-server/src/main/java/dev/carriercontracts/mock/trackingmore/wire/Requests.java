package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.trackingmore.tracking.OrderDetails;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingKey;

import java.util.List;

/**
 * The request bodies, bound after the platform validated them against the spec (so required
 * fields are there and every field has its type).
 */
public final class Requests {

    private Requests() {
    }

    /** The spec's {@code NewTracking}. */
    public record NewTracking(
            @JsonProperty("tracking_number") String trackingNumber,
            @JsonProperty("carrier_code") String carrierCode,
            @JsonProperty("destination_code") String destinationCode,
            String title,
            @JsonProperty("logistics_channel") String logisticsChannel,
            @JsonProperty("customer_name") String customerName,
            @JsonProperty("customer_email") String customerEmail,
            @JsonProperty("customer_phone") String customerPhone,
            @JsonProperty("order_id") String orderId,
            @JsonProperty("order_create_time") String orderCreateTime,
            @JsonProperty("tracking_ship_date") String trackingShipDate,
            @JsonProperty("tracking_postal_code") String trackingPostalCode,
            @JsonProperty("tracking_account_number") String trackingAccountNumber,
            String specialNumberDestination,
            String lang,
            String comment) {

        public TrackingKey key() {
            return new TrackingKey(carrierCode, trackingNumber);
        }

        public OrderDetails details() {
            return new OrderDetails(title, logisticsChannel, customerName, customerEmail, customerPhone, orderId,
                    orderCreateTime, destinationCode, comment, lang, trackingShipDate, trackingPostalCode,
                    trackingAccountNumber, specialNumberDestination);
        }
    }

    /** The spec's {@code TrackingUpdate}; null fields are left as they are. */
    public record TrackingUpdate(
            String title,
            @JsonProperty("logistics_channel") String logisticsChannel,
            @JsonProperty("customer_name") String customerName,
            @JsonProperty("customer_email") String customerEmail,
            @JsonProperty("customer_phone") String customerPhone,
            @JsonProperty("order_id") String orderId,
            @JsonProperty("destination_code") String destinationCode,
            String archived,
            Integer status) {

        public OrderDetails details() {
            return new OrderDetails(title, logisticsChannel, customerName, customerEmail, customerPhone, orderId, null,
                    destinationCode, null, null, null, null, null, null);
        }

        /** The archive flag to set, or null to leave it. */
        public Boolean archivedFlag() {
            return archived == null ? null : Boolean.valueOf(archived);
        }
    }

    /** The spec's {@code TrackingUpdateItem}: a key and the changes. */
    public record TrackingUpdateItem(
            @JsonProperty("tracking_number") String trackingNumber,
            @JsonProperty("carrier_code") String carrierCode,
            String title,
            @JsonProperty("logistics_channel") String logisticsChannel,
            @JsonProperty("customer_name") String customerName,
            @JsonProperty("customer_email") String customerEmail,
            @JsonProperty("customer_phone") String customerPhone,
            @JsonProperty("order_id") String orderId,
            @JsonProperty("destination_code") String destinationCode,
            Integer status) {

        public TrackingKey key() {
            return new TrackingKey(carrierCode, trackingNumber);
        }

        public TrackingUpdate update() {
            return new TrackingUpdate(title, logisticsChannel, customerName, customerEmail, customerPhone, orderId,
                    destinationCode, null, status);
        }
    }

    /** The spec's {@code RealtimeQuery}. */
    public record RealtimeQuery(
            @JsonProperty("tracking_number") String trackingNumber,
            @JsonProperty("carrier_code") String carrierCode,
            @JsonProperty("destination_code") String destinationCode,
            @JsonProperty("tracking_ship_date") String trackingShipDate,
            @JsonProperty("tracking_postal_code") String trackingPostalCode,
            @JsonProperty("tracking_account_number") String trackingAccountNumber,
            String specialNumberDestination,
            String order,
            @JsonProperty("order_create_time") String orderCreateTime,
            String lang) {

        public TrackingKey key() {
            return new TrackingKey(carrierCode, trackingNumber);
        }

        public OrderDetails details() {
            return new OrderDetails(null, null, null, null, null, order, orderCreateTime, destinationCode, null, lang,
                    trackingShipDate, trackingPostalCode, trackingAccountNumber, specialNumberDestination);
        }
    }

    /** The spec's {@code CarrierCodeChange}. */
    public record CarrierCodeChange(
            @JsonProperty("tracking_number") String trackingNumber,
            @JsonProperty("carrier_code") String carrierCode,
            @JsonProperty("update_carrier_code") String updateCarrierCode) {
    }

    /** The spec's {@code RemoteAreaQuery}. */
    public record RemoteAreaQuery(String country, String postcode, String company) {
    }

    /** The spec's {@code TransitTimeQuery}. */
    public record TransitTimeQuery(@JsonProperty("carrier_code") String carrierCode, String original, String destination) {
    }

    /** The spec's {@code AirCargoQuery}. */
    public record AirCargoQuery(@JsonProperty("track_number") List<String> trackNumber, String lang) {
    }
}
