package dev.carriercontracts.mock.cdek.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.List;

/**
 * An order as {@code getOrder} reports it (spec {@code Order}): what the client sent, and what CDEK
 * added (uuid, type and number defaults, {@code cdek_number} once created, resolved locations, the
 * status history, the planned delivery date, the shop seller echoed from {@code seller}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEntityBody(String uuid, Integer type, Boolean isReturn, String cdekNumber, String number, Integer tariffCode,
                              String comment, String shipmentPoint, String deliveryPoint, String dateInvoice, String shipperName,
                              String shipperAddress, OrderDraft.Money deliveryRecipientCost,
                              List<OrderDraft.Threshold> deliveryRecipientCostAdv, OrderDraft.Contact sender,
                              OrderDraft.Seller seller, OrderDraft.Contact recipient, OrderDraft.Location fromLocation,
                              OrderDraft.Location toLocation, List<OrderDraft.Service> services,
                              List<OrderDraft.ParcelPackage> packages, List<StatusBody> statuses, String deliveryDate,
                              String shopSellerName, String shopSellerAddress) {
}
