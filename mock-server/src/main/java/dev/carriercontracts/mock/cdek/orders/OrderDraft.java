package dev.carriercontracts.mock.cdek.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code createOrder} (spec {@code OrderRequest}), bound once the spec validator has
 * accepted it. Fields the spec does not declare are dropped; the order CDEK reports back carries
 * these same objects, so what a client sent is what it reads.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderDraft(Integer type, String number, Integer tariffCode, String comment, String shipmentPoint,
                         String deliveryPoint, String dateInvoice, String shipperName, String shipperAddress,
                         Money deliveryRecipientCost, List<Threshold> deliveryRecipientCostAdv, Contact sender,
                         Seller seller, Contact recipient, Location fromLocation, Location toLocation,
                         List<Service> services, List<ParcelPackage> packages) {

    /** Order type 1, e-commerce, is CDEK's default. */
    public boolean isEcommerce() {
        return type == null || type == 1;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Money(BigDecimal value, BigDecimal vatSum, Integer vatRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Threshold(Integer threshold, BigDecimal sum, BigDecimal vatSum, Integer vatRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String number, String additional) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String company, String name, String passportSeries, String passportNumber,
                          String passportDateOfIssue, String passportOrganization, String tin, String passportDateOfBirth,
                          String email, List<Phone> phones) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Seller(String name, String inn, Phone phone, Integer ownershipForm, String address) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(Integer code, String fiasGuid, String postalCode, BigDecimal longitude, BigDecimal latitude,
                           String countryCode, String region, Integer regionCode, String subRegion, String city,
                           String kladrCode, String address, String country) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(String code, Integer parameter) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String name, String wareKey, Money payment, BigDecimal cost, Integer weight, Integer weightGross,
                       Integer amount, String nameI18n, String brand, String countryCode, String material, Boolean wifiGsm,
                       String url) {
    }

    /** A package of the order (spec {@code Package}; named so to stay clear of {@code java.lang.Package}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParcelPackage(String number, Integer weight, Integer length, Integer width, Integer height, String comment,
                                List<Item> items) {
    }
}
