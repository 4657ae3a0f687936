package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed document's own examples, sent as the seed shows them (HTTPie with HTTP Basic), get the documented
 * answers; its two-package sample.json goes all the way to Succeeded and real PDF waybills.
 */
class SeedExamplesTest {

    static MockServer server;
    static SpecCheckedClient you;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        you = CnExpressServers.you(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    @Test
    void the_account_example_answers_the_documented_account() {
        JsonNode account = CnExpressServers.me(server).get("/account").send().json();

        assertThat(account).isEqualTo(JSON.createObjectNode().put("credit", 1046.0).put("currency", "GBP").put("username", "my_username"));
    }

    @Test
    void the_product_and_route_examples_answer_as_documented() {
        JsonNode product = you.get("/products/5000378998287").send().json();
        JsonNode route = you.get("/routes/cnpost").send().json();

        assertThat(product.path("name").asText()).isEqualTo("爱他美奶粉1段");
        assertThat(product.path("barcode").asText()).isEqualTo("5000378998287");
        assertThat(product.path("url").asText()).endsWith("/cnexpress/api/v1/products/5000378998287");
        assertThat(route.path("name").asText()).isEqualTo("邮政线");
        assertThat(route.path("url").asText()).endsWith("/cnexpress/api/v1/routes/cnpost");
    }

    @Test
    void the_sample_order_gets_the_documented_answer() {
        HttpResult created = you.post("/requests").json(CnExpressServers.seedSample()).send();

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("request_no").asText()).matches("CE20260101[0-9]{9}");
        assertThat(body.path("url").asText()).isEqualTo(base() + "/requests/" + body.path("request_no").asText());
        assertThat(body.path("creation_date").asText()).isEqualTo("2026-01-01T00:00:00.000000Z");
        ObjectNode expected = documentedAnswer();
        ObjectNode actual = body.deepCopy();
        for (ObjectNode o : List.of(expected, actual)) {
            o.remove(List.of("request_no", "url", "creation_date"));
            o.get("packages").forEach(p -> ((ObjectNode) p).remove("request"));
        }
        assertThat(actual).isEqualTo(expected);
        body.path("packages").forEach(p -> assertThat(p.path("request").asText()).isEqualTo(body.path("url").asText()));
    }

    @Test
    void the_sample_order_succeeds_with_tracking_numbers_and_real_waybills() {
        String requestNo = you.post("/requests").json(CnExpressServers.seedSample()).send().json().path("request_no").asText();

        CnExpressServers.advance(server, CnExpressServers.PROCESSED);
        JsonNode request = CnExpressServers.get(you, requestNo);

        assertThat(request.path("status").asText()).isEqualTo("Succeeded");
        assertThat(request.path("waybills").asText()).isEqualTo(base() + "/waybills/request/" + requestNo);
        JsonNode first = request.path("packages").get(0);
        JsonNode second = request.path("packages").get(1);
        assertThat(first.path("tracking_no").asText()).matches("TEST[0-9]{9}");
        assertThat(second.path("tracking_no").asText()).matches("TEST[0-9]{9}").isNotEqualTo(first.path("tracking_no").asText());
        assertThat(first.path("url").asText()).isEqualTo(base() + "/packages/" + requestNo + "-" + first.path("tracking_no").asText());
        assertThat(first.path("waybill").asText()).isEqualTo(base() + "/waybills/" + requestNo + "-" + first.path("tracking_no").asText());

        byte[] label = you.get("/waybills/" + requestNo + "-" + second.path("tracking_no").asText()).send().body();
        assertThat(Pdfs.pages(label)).isEqualTo(1);
        assertThat(Pdfs.text(label)).contains(second.path("tracking_no").asText(), "李四", "长安路22号", "北京", "Sender Name",
                "爱他美奶粉3段", "爱他美奶粉2段", "爱他美奶粉1段");
        byte[] merged = you.get("/waybills/request/" + requestNo).send().body();
        assertThat(Pdfs.pages(merged)).isEqualTo(2);
        assertThat(Pdfs.text(merged)).contains(first.path("tracking_no").asText(), "张三", "黄浦江路33号", "黄山市", "发件人1",
                second.path("tracking_no").asText());
    }

    private String base() {
        return server.baseUrl(dev.carriercontracts.mock.Carrier.CNEXPRESS);
    }

    /** The seed's POST answer as the spec's example holds it (broken JSON repaired, spec choices 1 and 5). */
    private static ObjectNode documentedAnswer() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"creation_date": "2017-08-04T16:11:24.442102Z", "error_msg": null, "route_code": "cnpost", "order_no": "1234567",
                     "packages": [
                       {"cost": 20.0, "height": 20, "package_no": "1",
                        "items": [{"barcode": "5000378998287", "count": 2, "name": "爱他美奶粉1段"},
                                  {"barcode": "5000378998317", "count": 4, "name": "爱他美奶粉2段"}],
                        "length": 20, "receiver_address": "黄浦江路33号", "receiver_city": "黄山市", "receiver_id_number": "X40192928323",
                        "receiver_name": "张三", "receiver_phone_number": "12345678911", "receiver_post_code": "200000",
                        "request": "https://cnexpress.co.uk/api/v1/requests/CE20170804000000004",
                        "sender_address": "发件人地址测试英国地址", "sender_name": "发件人1", "sender_phone_number": "01234567",
                        "tracking_no": null, "url": null, "waybill": null, "weight": "4.00", "width": 20},
                       {"cost": 13.0, "height": 20, "package_no": null,
                        "items": [{"barcode": "0721865545337", "count": 2, "name": "爱他美奶粉3段"},
                                  {"barcode": "5000378998317", "count": 1, "name": "爱他美奶粉2段"},
                                  {"barcode": "5000378998287", "count": 1, "name": "爱他美奶粉1段"}],
                        "length": 20, "receiver_address": "长安路22号", "receiver_city": "北京", "receiver_id_number": "123239230921312",
                        "receiver_name": "李四", "receiver_phone_number": "13901234567", "receiver_post_code": "100000",
                        "request": "https://cnexpress.co.uk/api/v1/requests/CE20170804000000004",
                        "sender_address": "Sender Address in English", "sender_name": "Sender Name", "sender_phone_number": "1234891203471230",
                        "tracking_no": null, "url": null, "waybill": null, "weight": "3.00", "width": 20}],
                     "request_no": "CE20170804000000004", "status": "Created", "test_mode": true, "total_cost": 33.0,
                     "url": "https://cnexpress.co.uk/api/v1/requests/CE20170804000000004", "waybills": null}
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
