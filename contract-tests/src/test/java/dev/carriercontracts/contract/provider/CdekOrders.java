package dev.carriercontracts.contract.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Order bodies the CDEK provider states register through the API. */
final class CdekOrders {

    /** An international e-commerce order from Shanghai to Samara that CDEK creates (the seed's sample). */
    static final String VALID = """
            {
              "type": 1,
              "number": "TEST6-CT789435359CN",
              "tariff_code": 246,
              "date_invoice": "2020-03-26",
              "shipper_name": "CDEK",
              "shipper_address": "Novosibirsk",
              "sender": {"name": "Zhang san"},
              "seller": {"name": "Zhang san", "address": "Shanghai, Changning District"},
              "recipient": {"name": "Ivanov Sergei Petrovich", "phones": [{"number": "+79094768888"}]},
              "from_location": {"code": 12683, "country_code": "CN", "address": "Shanghai, Changning District"},
              "to_location": {"code": 430, "country_code": "RU", "address": "Lenina ulitsa, 35 28"},
              "packages": [{
                "number": "TEST6-CT789435359CN", "weight": 120, "length": 10, "width": 10, "height": 5,
                "items": [{"name": "Measuring tools", "ware_key": "WELRV0086000627YQ", "payment": {"value": 0},
                           "cost": 0, "weight": 120, "weight_gross": 120, "amount": 1}]
              }]
            }
            """;

    /** The same order with a package that lists no items: CDEK accepts it, then refuses it (error_validate_package_im_without_goods). */
    static final String WITHOUT_ITEMS = withoutItems(VALID);

    private CdekOrders() {
    }

    /** The order with the items of each of its packages removed, and nothing else changed. */
    private static String withoutItems(String order) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode root = json.readTree(order);
            if (root.path("packages").isEmpty()) {
                throw new IllegalArgumentException("the order has no packages: " + order);
            }
            for (JsonNode pack : root.path("packages")) {
                if (((ObjectNode) pack).remove("items") == null) {
                    throw new IllegalArgumentException("a package of the order lists no items to remove: " + order);
                }
            }
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON order: " + order, e);
        }
    }
}
