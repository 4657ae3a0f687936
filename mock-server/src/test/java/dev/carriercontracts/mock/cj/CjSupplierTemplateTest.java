package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** getSupplierLogisticsTemplate: the templates suppliers defined for the products they ship themselves. */
class CjSupplierTemplateTest {

    static MockServer server;
    static SpecCheckedClient cj;

    @BeforeAll
    static void start() {
        server = CjTestServer.start();
        cj = CjTestServer.client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResult templates(String body) {
        return cj.post("/logistic/getSupplierLogisticsTemplate").json(body).send();
    }

    @Test
    void a_self_shipped_product_comes_with_its_templates() {
        JsonNode groups = data(templates("{\"skuList\": [\"CJCF1042372\"]}"));

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.path("skuList")).extracting(JsonNode::asText).containsExactly("CJCF1042372");
            assertThat(group.path("logisticsInfoList")).extracting(t -> t.path("logisticsName").asText())
                    .containsExactly("Supplier Standard Shipping", "Supplier Express Shipping");
            assertThat(group.path("logisticsInfoList").get(0).path("postage").decimalValue()).isEqualByComparingTo("3.99");
            assertThat(group.path("logisticsInfoList").get(0).path("startCountryCode").asText()).isEqualTo("CN");
        });
    }

    @Test
    void products_are_grouped_by_the_templates_that_apply_to_them() {
        JsonNode groups = data(templates("{\"skuList\": [\"CJJJ1398765\", \"cjcf1042372\", \"CJJJ1398765\"]}"));

        assertThat(groups).extracting(g -> g.path("skuList").toString())
                .containsExactly("[\"cjcf1042372\"]", "[\"CJJJ1398765\"]");
    }

    @Test
    void a_product_its_supplier_does_not_ship_is_left_out() {
        assertThat(data(templates("{\"skuList\": [\"CJXX0000001\"]}"))).isEmpty();
    }

    @Test
    void a_sku_starting_with_notfound_is_an_unknown_product() {
        String message = refused(templates("{\"skuList\": [\"CJCF1042372\", \"NOTFOUND-P\"]}"), 200, 1602001);

        assertThat(message).startsWith("Product not found").contains("NOTFOUND-P");
    }

    @Test
    void the_seed_example_sent_as_the_seed_prints_it_is_a_param_error() {
        // the seed sends "skuList": "" against its own String[] table
        String message = refused(cj.post("/logistic/getSupplierLogisticsTemplate").json("{\"skuList\": \"\"}")
                .expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).contains("skuList");
    }

    @Test
    void an_empty_sku_list_is_a_param_error() {
        refused(cj.post("/logistic/getSupplierLogisticsTemplate").json("{\"skuList\": []}").expectInvalidRequest().send(), 200, 1600100);
    }
}
