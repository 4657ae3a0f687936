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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.advance;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages of a succeeded request, addressed by request and tracking number in one path segment, and their
 * waybills: real PDFs, one page per package, with the tracking number, the addresses and the contents.
 */
class PackagesAndWaybillsTest {

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

    private static JsonNode succeeded(SpecCheckedClient client, JsonNode order) {
        String no = createNo(client, order);
        advance(server, PROCESSED);
        return get(client, no);
    }

    @Test
    void a_package_is_read_by_request_and_tracking_number() {
        JsonNode request = succeeded(me, orderOfPackages(3));
        JsonNode second = request.path("packages").get(1);

        HttpResult result = me.get("/packages/" + request.path("request_no").asText() + "-" + second.path("tracking_no").asText()).send();

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(second);
        assertThat(result.json().path("package_no").asText()).isEqualTo("P2");
    }

    @Test
    void packages_cannot_be_addressed_before_the_request_succeeds() {
        String no = createNo(me, order(6));

        assertThat(me.get("/packages/" + no + "-TEST000000001").send().status()).isEqualTo(404);
        assertThat(me.get("/waybills/" + no + "-TEST000000001").send().status()).isEqualTo(404);
        assertThat(me.get("/waybills/request/" + no).send().status()).isEqualTo(404);
        advance(server, Duration.ofSeconds(2));
        assertThat(me.get("/waybills/request/" + no).send().status()).isEqualTo(404);
    }

    @Test
    void a_tracking_number_of_another_request_does_not_address_a_package() {
        JsonNode first = succeeded(me, order(6));
        JsonNode second = succeeded(me, order(6));
        String othersTracking = second.path("packages").get(0).path("tracking_no").asText();

        HttpResult result = me.get("/packages/" + first.path("request_no").asText() + "-" + othersTracking).send();

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.json().path("detail").asText()).isEqualTo("Not found.");
        assertThat(me.get("/packages/" + first.path("request_no").asText() + "-NOPE").send().status()).isEqualTo(404);
    }

    @Test
    void the_waybill_of_a_package_is_a_pdf_download_with_its_label() {
        ObjectNode order = order(6);
        ((ObjectNode) order.get("packages").get(0)).put("receiver_name", "王小明").put("receiver_city", "合肥");
        JsonNode request = succeeded(me, order);
        String no = request.path("request_no").asText();
        String tracking = request.path("packages").get(0).path("tracking_no").asText();

        HttpResult waybill = me.get("/waybills/" + no + "-" + tracking).send();

        assertThat(waybill.status()).isEqualTo(200);
        assertThat(waybill.header("Content-Type")).contains("application/octet-stream");
        assertThat(waybill.header("Content-Disposition")).contains("attachment; filename=" + no + "-" + tracking + ".pdf");
        assertThat(waybill.header("Content-Language")).contains("zh-cn");
        assertThat(new String(waybill.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Pdfs.pages(waybill.body())).isEqualTo(1);
        assertThat(Pdfs.text(waybill.body())).contains(tracking, no, "王小明", "合肥", "黄浦江路33号", "发件人1", "发件人地址测试英国地址",
                "爱他美奶粉1段", "邮政线").doesNotContain("X40192928323");
    }

    @Test
    void the_merged_waybills_have_one_page_per_package_in_order() {
        JsonNode request = succeeded(me, orderOfPackages(3));
        String no = request.path("request_no").asText();

        HttpResult merged = me.get("/waybills/request/" + no).send();

        assertThat(merged.header("Content-Disposition")).contains("attachment; filename=" + no + ".pdf");
        assertThat(Pdfs.pages(merged.body())).isEqualTo(3);
        String text = Pdfs.text(merged.body());
        int[] positions = request.path("packages").findValuesAsText("tracking_no").stream().mapToInt(text::indexOf).toArray();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void a_waybill_downloaded_twice_in_a_row_is_the_same_pdf() {
        JsonNode request = succeeded(me, orderOfPackages(2));
        String path = "/waybills/" + request.path("request_no").asText() + "-" + request.path("packages").get(1).path("tracking_no").asText();

        byte[] first = me.get(path).send().body();
        byte[] again = me.get(path).send().body();
        byte[] merged = me.get("/waybills/request/" + request.path("request_no").asText()).send().body();

        assertThat(Arrays.equals(again, first)).as("same bytes").isTrue();
        assertThat(Pdfs.pages(merged)).isEqualTo(2);
    }

    @Test
    void a_failed_request_has_no_waybills() {
        JsonNode request = succeeded(me, order(6).put("order_no", "FAIL"));

        assertThat(request.path("status").asText()).isEqualTo("Failed");
        assertThat(me.get("/waybills/request/" + request.path("request_no").asText()).send().status()).isEqualTo(404);
    }

    @Test
    void a_live_package_has_a_live_tracking_number_that_addresses_it() {
        SpecCheckedClient live = CnExpressServers.live(server);
        JsonNode request = succeeded(live, orderOfPackages(2));
        String no = request.path("request_no").asText();
        String tracking = request.path("packages").get(1).path("tracking_no").asText();

        assertThat(tracking).isEqualTo("CNE" + no.substring(10) + "02");
        assertThat(live.get("/packages/" + no + "-" + tracking).send().json().path("package_no").asText()).isEqualTo("P2");
        assertThat(Pdfs.text(live.get("/waybills/" + no + "-" + tracking).send().body())).contains(tracking);
    }
}
