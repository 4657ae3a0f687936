package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue: the seed's products, the receiver city tree and the routes, each list and look-up. */
class CatalogueTest {

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

    @Test
    void products_are_the_seeds_milk_powders_with_their_urls() {
        JsonNode products = me.get("/products").send().json();

        assertThat(products.findValuesAsText("barcode"))
                .containsExactly("5000378998287", "5000378998317", "0721865545337", "0721866695451");
        assertThat(products.findValuesAsText("name")).containsExactly("爱他美奶粉1段", "爱他美奶粉2段", "爱他美奶粉3段", "牛栏奶粉4段");
        assertThat(products.get(3).path("url").asText()).isEqualTo(server.baseUrl(Carrier.CNEXPRESS) + "/products/0721866695451");
    }

    @Test
    void a_product_is_found_by_barcode_and_an_unknown_one_is_not() {
        assertThat(me.get("/products/0721866695451").send().json().path("name").asText()).isEqualTo("牛栏奶粉4段");

        HttpResult unknown = me.get("/products/4006381333931").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("Not found.");
    }

    @Test
    void cities_are_a_tree_with_the_seeds_entries_and_the_refused_regions() {
        JsonNode cities = me.get("/cities").send().json();

        assertThat(cities.findValuesAsText("name")).contains("北京", "安徽", "香港", "澳门", "台湾");
        JsonNode anhui = byName(cities, "安徽");
        assertThat(byName(anhui.path("contains"), "合肥").path("contains").findValuesAsText("name"))
                .containsExactly("庐阳区", "瑶海区", "蜀山区", "包河区", "长丰县", "肥东县", "肥西县");
        assertThat(byName(anhui.path("contains"), "黄山市")).isNotNull();
        assertThat(byName(anhui.path("contains"), "安庆").path("contains").findValuesAsText("name")).contains("迎江区", "岳西县");
        assertThat(byName(byName(cities, "北京").path("contains"), "北京").path("contains").findValuesAsText("name")).contains("西城区", "延庆县");
    }

    @Test
    void leaves_of_the_city_tree_have_no_contains() {
        JsonNode cities = me.get("/cities").send().json();
        List<JsonNode> leaves = new ArrayList<>();
        collectLeaves(cities, leaves);

        assertThat(leaves).isNotEmpty().allSatisfy(leaf -> assertThat(leaf.has("contains")).isFalse());
    }

    @Test
    void routes_list_cnpost_and_an_unknown_route_is_not_found() {
        JsonNode routes = me.get("/routes").send().json();

        assertThat(routes).hasSize(1);
        assertThat(routes.get(0).path("code").asText()).isEqualTo("cnpost");
        assertThat(routes.get(0).path("name").asText()).isEqualTo("邮政线");
        assertThat(routes.get(0).path("url").asText()).isEqualTo(server.baseUrl(Carrier.CNEXPRESS) + "/routes/cnpost");
        assertThat(me.get("/routes/no-such-route").send().status()).isEqualTo(404);
        assertThat(me.get("/routes/yto").send().status()).isEqualTo(404);
    }

    @Test
    void urls_follow_the_host_the_client_used_or_the_configured_base_url() {
        HttpResult viaProxy = me.get("/routes/cnpost").header("X-Forwarded-Proto", "https").send();
        assertThat(viaProxy.json().path("url").asText()).startsWith("https://127.0.0.1:");

        try (MockServer fixed = CnExpressServers.started("    baseUrl: https://cnexpress.co.uk/api/v1/\n")) {
            JsonNode route = CnExpressServers.me(fixed).get("/routes/cnpost").send().json();
            assertThat(route.path("url").asText()).isEqualTo("https://cnexpress.co.uk/api/v1/routes/cnpost");
        }
    }

    private static JsonNode byName(JsonNode nodes, String name) {
        for (JsonNode node : nodes) {
            if (node.path("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no node named " + name + " in " + nodes);
    }

    private static void collectLeaves(JsonNode nodes, List<JsonNode> leaves) {
        for (JsonNode node : nodes) {
            if (node.has("contains")) {
                assertThat(node.path("contains")).isNotEmpty();
                collectLeaves(node.path("contains"), leaves);
            } else {
                leaves.add(node);
            }
        }
    }
}
