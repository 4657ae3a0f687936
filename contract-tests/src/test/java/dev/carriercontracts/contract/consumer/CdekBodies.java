package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;

import java.util.UUID;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.carriercontracts.contract.consumer.PactConventions.oneOf;

/**
 * The CDEK v2 bodies the consumer tests send and expect (spec: carrier-specs/cdek.yaml). A request's {@code type}
 * and {@code state} say what happened to a call, so they are matched exactly (by a one-value pattern, which also
 * holds inside arrays, where type matching would otherwise apply); the rest by type and format.
 */
final class CdekBodies {

    /** The spec's example token: what the consumer tests' token interaction hands the client. */
    static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzY29wZSI6WyJvcmRlcjphbGwiLCJwYXltZW50OmFsbCJdfQ.c2lnbmF0dXJl";
    static final String ORDER_UUID = "72753033-0c98-4dfb-81b0-e81ddd1f2c28";

    /** CDEK's timestamp: {@code yyyy-MM-dd'T'HH:mm:ssZ}, offset without a colon (spec choice 8). */
    private static final String CDEK_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}";
    private static final String ORDER_STATUS = oneOf("ACCEPTED", "CREATED", "REMOVED", "RECEIVED_AT_SENDER_WAREHOUSE",
            "READY_FOR_SHIPMENT_IN_SENDER_CITY", "RETURNED_TO_SENDER_CITY_WAREHOUSE", "TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY",
            "SENT_TO_TRANSIT_CITY", "ACCEPTED_IN_TRANSIT_CITY", "ACCEPTED_AT_TRANSIT_WAREHOUSE", "RETURNED_TO_TRANSIT_WAREHOUSE",
            "READY_FOR_SHIPMENT_IN_TRANSIT_CITY", "TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY", "SENT_TO_RECIPIENT_CITY",
            "ARRIVED_AT_RECIPIENT_CITY", "ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE", "ACCEPTED_AT_PICK_UP_POINT", "TAKEN_BY_COURIER",
            "RETURNED_TO_RECIPIENT_CITY_WAREHOUSE", "DELIVERED", "NOT_DELIVERED", "INVALID");

    private CdekBodies() {
    }

    static DslPart token() {
        return newJsonBody(o -> o
                .stringType("access_token", ACCESS_TOKEN)
                .stringValue("token_type", "bearer")
                .integerType("expires_in", 3599)
                .stringType("scope", "order:all payment:all")
                .stringType("jti", "9adca50a-2b1d-4d8c-9c1e-3f0b2e7a5d41")).build();
    }

    static DslPart oauthError(String error, String description) {
        return newJsonBody(o -> o.stringValue("error", error).stringType("error_description", description)).build();
    }

    /**
     * An international e-commerce order from Shanghai to Samara (the seed's sample, with a Russian mobile number
     * as CDEK requires). With {@code withTariff} false the tariff code is null, as the generated client sends a
     * required field nobody set: the spec does not allow it.
     */
    static DslPart orderRequest(boolean withTariff) {
        return newJsonBody(o -> {
            o.numberValue("type", 1).stringType("number", "TEST6-CT789435359CN");
            if (withTariff) {
                o.integerType("tariff_code", 246);
            } else {
                o.nullValue("tariff_code");
            }
            o.stringMatcher("date_invoice", "\\d{4}-\\d{2}-\\d{2}", "2020-03-26")
                    .stringType("shipper_name", "CDEK")
                    .stringType("shipper_address", "Novosibirsk")
                    .object("sender", sender -> sender.stringType("name", "Zhang san"))
                    .object("seller", seller -> seller.stringType("name", "Zhang san").stringType("address", "Shanghai, Changning District"))
                    .object("recipient", recipient -> recipient
                            .stringType("name", "Ivanov Sergei Petrovich")
                            .minArrayLike("phones", 1, phone -> phone.stringType("number", "+79094768888")))
                    .object("from_location", from -> from.integerType("code", 12683).stringType("country_code", "CN")
                            .stringType("city", "Шанхай").stringType("address", "Shanghai, Changning District"))
                    .object("to_location", to -> to.integerType("code", 430).stringType("country_code", "RU")
                            .stringType("city", "Самара").stringType("address", "Lenina ulitsa, 35 28"))
                    .minArrayLike("packages", 1, pkg -> pkg
                            .stringType("number", "TEST6-CT789435359CN")
                            .integerType("weight", 120)
                            .integerType("length", 10)
                            .integerType("width", 10)
                            .integerType("height", 5)
                            .minArrayLike("items", 1, item -> item
                                    .stringType("name", "Measuring tools")
                                    .stringType("ware_key", "WELRV0086000627YQ")
                                    .object("payment", payment -> payment.numberType("value", 0))
                                    .numberType("cost", 0)
                                    .integerType("weight", 120)
                                    .integerType("weight_gross", 120)
                                    .integerType("amount", 1)));
        }).build();
    }

    /** 202: the new order's uuid and its CREATE request, ACCEPTED for processing. */
    static DslPart orderAccepted() {
        return newJsonBody(o -> o
                .object("entity", entity -> entity.uuid("uuid", UUID.fromString(ORDER_UUID)))
                .minArrayLike("requests", 1, request -> request(request, "CREATE", "ACCEPTED")
                        .uuid("request_uuid", UUID.fromString("72753033-a03b-421a-9764-3810d76f6af2")))).build();
    }

    /** An order CDEK created: it has a CDEK number and a status history; its CREATE request is SUCCESSFUL. */
    static DslPart createdOrder() {
        return newJsonBody(o -> o
                .object("entity", entity -> entity
                        .valueFromProviderState("uuid", "${uuid}", ORDER_UUID)
                        .stringMatcher("cdek_number", "[0-9]+", "1169288867")
                        .stringType("number", "TEST6-CT789435359CN")
                        .integerType("tariff_code", 246)
                        .minArrayLike("statuses", 1, CdekBodies::status))
                .minArrayLike("requests", 1, request -> request(request, "CREATE", "SUCCESSFUL"))).build();
    }

    /** An order whose registration CDEK refused after accepting it: its CREATE request is INVALID, with errors. */
    static DslPart refusedOrder() {
        return newJsonBody(o -> o
                .object("entity", entity -> entity.valueFromProviderState("uuid", "${uuid}", ORDER_UUID))
                .minArrayLike("requests", 1, request -> request(request, "CREATE", "INVALID")
                        .minArrayLike("errors", 1, error -> error
                                .stringType("code", "error_validate_package_im_without_goods")
                                .stringType("message", "Package TEST6-CT789435359CN has no items")))).build();
    }

    /** CDEK's error answer: the refused request, INVALID, with the error's code. */
    static DslPart error(String requestType, String code, String message) {
        return newJsonBody(o -> o.minArrayLike("requests", 1, request -> request(request, requestType, "INVALID")
                .minArrayLike("errors", 1, error -> error
                        .stringMatcher("code", code, code)
                        .stringType("message", message)))).build();
    }

    private static LambdaDslObject request(LambdaDslObject request, String type, String state) {
        return request.stringMatcher("type", type, type)
                .stringMatcher("state", state, state)
                .stringMatcher("date_time", CDEK_DATE_TIME, "2020-03-27T14:13:41+0700");
    }

    private static void status(LambdaDslObject status) {
        status.stringMatcher("code", ORDER_STATUS, "CREATED")
                .stringType("name", "Создан")
                .stringMatcher("date_time", CDEK_DATE_TIME, "2020-03-27T14:13:42+0700");
    }
}
