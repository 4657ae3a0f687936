package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The carrier's own config keys (catalogue, routes, rates, cities, accounts, tracking) can be replaced by a
 * config file; a bad value is refused at start with every problem and where it is, never a stack trace.
 */
class CnExpressConfigTest {

    @Test
    void products_routes_rates_and_accounts_come_from_the_config() {
        String yaml = """
                    credentials:
                      - {id: shop, secret: s3cret, attributes: {test_mode: false, credit: 100.5, currency: EUR}}
                    tinsPerPackage: [2]
                    products:
                      - {barcode: "4006381333931", name: 测试奶粉}
                    routes:
                      - {code: yto, name: 圆通线, rates: {2: 7.25}}
                    defaultRoute: yto
                """;
        try (var server = CnExpressServers.started(yaml)) {
            var shop = CnExpressServers.as(server, "shop", "s3cret");
            var order = order(2).put("route_code", "yto");
            ((com.fasterxml.jackson.databind.node.ObjectNode) order.get("packages").get(0).get("items").get(0)).put("barcode", "4006381333931");

            HttpResult created = shop.post("/requests").json(order.toString()).send();

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().path("total_cost").asDouble()).isEqualTo(7.25);
            assertThat(created.json().path("packages").get(0).path("items").get(0).path("name").asText()).isEqualTo("测试奶粉");
            assertThat(shop.get("/account").send().json().path("credit").asDouble()).isEqualTo(93.25);
            assertThat(shop.get("/account").send().json().path("currency").asText()).isEqualTo("EUR");
        }
    }

    @Test
    void every_problem_of_the_section_is_reported_with_its_place() {
        String yaml = """
                    credentials:
                      - {id: shop, secret: s3cret, attributes: {test_mode: "yes", credit: -1}}
                    products:
                      - {barcode: "123", name: 短码}
                    routes:
                      - {code: cnpost, name: 邮政线, rates: {4: 13.0}}
                    defaultRoute: ems
                    refusedCities: [火星]
                    tracking:
                      events: [{after: PT1H, detail: a}, {after: PT5M, detail: b}, {after: PT2H, detail: c, zone: Mars}]
                    baseUrl: not a url
                """;

        assertThatThrownBy(() -> CnExpressServers.started(yaml))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::path)
                        .containsExactlyInAnyOrder(
                                "/carriers/cnexpress/credentials/0/attributes/test_mode",
                                "/carriers/cnexpress/credentials/0/attributes/credit",
                                "/carriers/cnexpress/products/0/barcode",
                                "/carriers/cnexpress/routes/0/rates",
                                "/carriers/cnexpress/defaultRoute",
                                "/carriers/cnexpress/refusedCities/0",
                                "/carriers/cnexpress/tracking/events/1/after",
                                "/carriers/cnexpress/tracking/events/2/zone",
                                "/carriers/cnexpress/baseUrl"));
    }

    @Test
    void a_section_of_the_wrong_shape_is_reported_with_its_place() {
        assertThatThrownBy(() -> CnExpressServers.started("    routes: {code: cnpost}\n"))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::path)
                        .contains("/carriers/cnexpress/routes"));
    }
}
