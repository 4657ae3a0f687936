package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The spec's {@code Tracking} (null fields are left out). */
public record TrackingJson(
        String id,
        @JsonProperty("tracking_number") String trackingNumber,
        @JsonProperty("carrier_code") String carrierCode,
        String status,
        String substatus,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("order_create_time") String orderCreateTime,
        @JsonProperty("destination_code") String destinationCode,
        String title,
        @JsonProperty("logistics_channel") String logisticsChannel,
        @JsonProperty("customer_name") String customerName,
        @JsonProperty("customer_email") String customerEmail,
        @JsonProperty("customer_phone") String customerPhone,
        @JsonProperty("order_id") String orderId,
        String comment,
        Boolean archived,
        @JsonProperty("track_update") Boolean trackUpdate,
        @JsonProperty("original_country") String originalCountry,
        @JsonProperty("destination_country") String destinationCountry,
        Integer itemTimeLength,
        Integer stayTimeLength,
        @JsonProperty("origin_info") CarrierInfoJson originInfo,
        String lastEvent,
        String lastUpdateTime) {
}
