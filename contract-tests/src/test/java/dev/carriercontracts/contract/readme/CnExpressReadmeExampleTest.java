package dev.carriercontracts.contract.readme;

import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's CNExpress example: an order request that succeeds, with a tracking number and a PDF waybill. */
@CarrierMock(start = "2026-03-02T08:00:00Z")
class CnExpressReadmeExampleTest {

    @Test
    void the_example_creates_a_request_that_succeeds_and_has_a_waybill(MockServer server) {
        String baseUrl = server.baseUrl(Carrier.CNEXPRESS);
        // README cnexpress
        CnExpressApi cnexpress = CnExpressClient.create(baseUrl, "my_username", "my_password");
        OrderRequest created = cnexpress.createRequest(new NewOrderRequest()
                .routeCode("cnpost").orderNo("A-1001")
                .packages(List.of(new NewPackage()
                        .senderName("发件人1").senderPhoneNumber("01234567").senderAddress("发件人地址测试英国地址")
                        .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                        .receiverCity("黄山市").receiverPostCode("200000").receiverIdNumber("X40192928323")
                        .weight("4.00").length(20).width(20).height(20).packageNo("1")
                        .items(List.of(new NewItem().barcode("5000378998287").count(4))))));
        // ... later: the request has Succeeded, each package has a tracking number and a PDF waybill
        OrderRequest request = cnexpress.getRequest(created.getRequestNo());
        // README end
        assertThat(created.getStatus()).isEqualTo(RequestStatus.CREATED);
        server.clock().advance(Duration.ofMinutes(1));
        request = cnexpress.getRequest(created.getRequestNo());
        assertThat(request.getStatus()).isEqualTo(RequestStatus.SUCCEEDED);
        String trackingNo = request.getPackages().get(0).getTrackingNo();
        assertThat(trackingNo).matches("TEST[0-9]{9}");
        byte[] pdf = cnexpress.getPackageWaybill(request.getRequestNo(), trackingNo);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
