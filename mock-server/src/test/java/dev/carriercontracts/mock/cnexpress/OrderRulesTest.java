package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.JSON;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.pkg;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the seed states for {@code POST /requests}, each refused with 400 and the reasons under the
 * parameter at fault (DRF style, spec choice 10); nothing is stored for a refused request.
 */
class OrderRulesTest {

    static MockServer server;
    static SpecCheckedClient me;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        me = CnExpressServers.me(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static JsonNode refused(JsonNode order) {
        HttpResult result = me.post("/requests").json(order.toString()).send();
        assertThat(result.status()).as(result.toString()).isEqualTo(400);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).isEmpty();
        return result.json();
    }

    private static ObjectNode firstPackage(ObjectNode order) {
        return (ObjectNode) order.get("packages").get(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6})
    void a_package_of_4_or_6_tins_is_accepted(int tins) {
        JsonNode created = CnExpressServers.create(me, order(tins));

        assertThat(created.path("packages").get(0).path("items").get(0).path("count").asInt()).isEqualTo(tins);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 7, 12})
    void a_package_of_any_other_number_of_tins_is_refused(int tins) {
        JsonNode errors = refused(order(tins));

        assertThat(errors.path("items").get(0).asText())
                .isEqualTo("Package 1: the item counts add up to " + tins + "; a package must hold 4 or 6 tins.");
    }

    @Test
    void the_tins_of_several_items_add_up() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items").add(item("5000378998287", 1)).add(item("0721866695451", 2))
                .add(JSON.createObjectNode().put("name", "爱他美奶粉3段").put("count", 3));

        JsonNode created = CnExpressServers.create(me, order);

        assertThat(created.path("packages").get(0).path("cost").asDouble()).isEqualTo(20.0);
        assertThat(created.path("packages").get(0).path("items").findValuesAsText("name"))
                .containsExactly("爱他美奶粉1段", "牛栏奶粉4段", "爱他美奶粉3段");
    }

    @Test
    void a_package_is_priced_by_its_tins_and_the_request_sums_its_packages() {
        ObjectNode order = order(6);
        ((com.fasterxml.jackson.databind.node.ArrayNode) order.get("packages")).add(pkg(4)).add(pkg(4));

        JsonNode created = CnExpressServers.create(me, order);

        assertThat(created.path("packages").findValues("cost")).extracting(JsonNode::asDouble).containsExactly(20.0, 13.0, 13.0);
        assertThat(created.path("total_cost").asDouble()).isEqualTo(46.0);
    }

    @Test
    void a_product_can_be_named_by_barcode_or_by_name_and_the_barcode_wins() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items")
                .add(JSON.createObjectNode().put("name", "牛栏奶粉4段").put("count", 2))
                .add(JSON.createObjectNode().put("barcode", "0721865545337").put("name", "牛栏奶粉4段").put("count", 2));

        JsonNode items = CnExpressServers.create(me, order).path("packages").get(0).path("items");

        assertThat(items.get(0).path("barcode").asText()).isEqualTo("0721866695451");
        assertThat(items.get(1).path("name").asText()).isEqualTo("爱他美奶粉3段");
    }

    @Test
    void an_unknown_barcode_is_refused_even_with_a_known_name() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items").add(JSON.createObjectNode().put("barcode", "4006381333931").put("name", "爱他美奶粉1段").put("count", 4));

        assertThat(refused(order).path("items").get(0).asText()).isEqualTo("Package 1: no product has the barcode 4006381333931.");
    }

    @Test
    void an_unknown_product_name_is_refused() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items").add(JSON.createObjectNode().put("name", "爱他美奶粉9段").put("count", 4));

        assertThat(refused(order).path("items").get(0).asText()).isEqualTo("Package 1: no product is named 爱他美奶粉9段.");
    }

    @Test
    void an_item_with_neither_barcode_nor_name_is_refused() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items").add(item("5000378998287", 2)).add(JSON.createObjectNode().put("count", 2));

        assertThat(refused(order).path("items").get(0).asText()).isEqualTo("Package 1, item 2: set barcode or name.");
    }

    @Test
    void an_item_count_below_one_is_refused() {
        ObjectNode order = order(4);
        firstPackage(order).putArray("items").add(item("5000378998287", 7)).add(item("5000378998317", -1));

        JsonNode errors = refused(order);

        assertThat(errors.path("count").get(0).asText())
                .isEqualTo("Package 1, item 2: Ensure this value is greater than or equal to 1.");
        assertThat(errors.has("items")).isFalse();
    }

    @Test
    void a_receiver_city_must_come_from_the_tree() {
        ObjectNode order = orderOfPackages(2);
        ((ObjectNode) order.get("packages").get(1)).put("receiver_city", "火星市");

        assertThat(refused(order).path("receiver_city").get(0).asText()).isEqualTo("Package 2: 火星市 is not a city returned by /cities.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"香港", "澳门", "台湾", "九龙", "台北"})
    void hong_kong_macau_taiwan_and_their_cities_are_refused(String city) {
        ObjectNode order = order(4);
        firstPackage(order).put("receiver_city", city);

        assertThat(refused(order).path("receiver_city").get(0).asText()).isEqualTo("Package 1: " + city + " cannot be used as a receiver city.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"安徽", "合肥", "庐阳区", "北京", "延庆县"})
    void any_level_of_the_tree_is_a_receiver_city(String city) {
        ObjectNode order = order(4);
        firstPackage(order).put("receiver_city", city);

        assertThat(CnExpressServers.create(me, order).path("packages").get(0).path("receiver_city").asText()).isEqualTo(city);
    }

    @Test
    void an_unknown_route_is_refused() {
        assertThat(refused(order(4).put("route_code", "yto")).path("route_code").get(0).asText())
                .isEqualTo("Object with code=yto does not exist.");
    }

    @Test
    void without_a_route_code_the_default_route_is_used() {
        ObjectNode withoutRoute = order(4);
        withoutRoute.remove("route_code");

        assertThat(CnExpressServers.create(me, withoutRoute).path("route_code").asText()).isEqualTo("cnpost");
        assertThat(CnExpressServers.create(me, order(4).putNull("route_code")).path("route_code").asText()).isEqualTo("cnpost");
        assertThat(CnExpressServers.create(me, order(4).put("route_code", "")).path("route_code").asText()).isEqualTo("cnpost");
    }

    @Test
    void order_no_and_package_no_are_optional_and_come_back_null() {
        ObjectNode order = order(4);
        order.remove("order_no");
        firstPackage(order).remove("package_no");

        JsonNode created = CnExpressServers.create(me, order);

        assertThat(created.path("order_no").isNull()).isTrue();
        assertThat(created.path("packages").get(0).path("package_no").isNull()).isTrue();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        ObjectNode order = orderOfPackages(2).put("route_code", "yto");
        ((ObjectNode) order.get("packages").get(0)).put("receiver_city", "香港");
        ((ObjectNode) order.get("packages").get(1)).putArray("items").add(item("5000378998287", 5));

        JsonNode errors = refused(order);

        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("route_code", "receiver_city", "items");
        assertThat(errors.path("items").get(0).asText()).startsWith("Package 2:");
    }

    @Test
    void texts_come_back_exactly_as_sent_whatever_their_characters() {
        ObjectNode order = order(4);
        firstPackage(order).put("sender_name", "Ann \"Quote\" \\ back/slash\n\ttab \u0001 é 😀")
                .put("receiver_address", "");

        JsonNode pkg = CnExpressServers.create(me, order).path("packages").get(0);

        assertThat(pkg.path("sender_name").asText()).isEqualTo("Ann \"Quote\" \\ back/slash\n\ttab \u0001 é 😀");
        assertThat(pkg.path("receiver_address").asText()).isEmpty();
    }

    private static ObjectNode item(String barcode, int count) {
        return JSON.createObjectNode().put("barcode", barcode).put("count", count);
    }
}
