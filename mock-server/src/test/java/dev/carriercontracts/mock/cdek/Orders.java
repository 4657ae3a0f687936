package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Order bodies for the tests: a valid order, changed one field at a time. */
final class Orders {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An international e-commerce order from Shanghai to Samara that CDEK creates (the seed's sample, cut down). */
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

    private Orders() {
    }

    /** The valid order with a change applied to its JSON tree. */
    static String with(Consumer<ObjectNode> change) {
        ObjectNode order = (ObjectNode) read(VALID);
        change.accept(order);
        return order.toString();
    }

    static String withNumber(String number) {
        return with(o -> o.put("number", number));
    }

    static ObjectNode firstPackage(ObjectNode order) {
        return (ObjectNode) order.withArray("packages").get(0);
    }

    static ObjectNode firstItem(ObjectNode order) {
        return (ObjectNode) firstPackage(order).withArray("items").get(0);
    }

    static ArrayNode phones(ObjectNode order) {
        return order.withObject("/recipient").withArray("phones");
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
