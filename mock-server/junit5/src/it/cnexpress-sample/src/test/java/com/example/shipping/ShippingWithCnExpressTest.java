package com.example.shipping;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

@CarrierMock
class ShippingWithCnExpressTest {

    @Test
    void ships_an_order_and_prints_its_waybill(CnExpressApi cnexpress, MockClock clock, RequestJournal journal) {
        OrderRequest created = cnexpress.createRequest(new NewOrderRequest().orderNo("SHOP-1001").addPackagesItem(new NewPackage()
                .senderName("Shop Ltd").senderPhoneNumber("01234567").senderAddress("1 High Street, London")
                .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                .receiverCity("上海").receiverPostCode("200000").receiverIdNumber("X40192928323")
                .weight("4.00").length(20).width(20).height(20)
                .addItemsItem(new NewItem().barcode("5000378998287").count(4))));

        clock.advance(Duration.ofMinutes(5));

        assertEquals(RequestStatus.SUCCEEDED, cnexpress.getRequest(created.getRequestNo()).getStatus());
        byte[] waybills = cnexpress.getRequestWaybills(created.getRequestNo());
        assertEquals("%PDF", new String(waybills, 0, 4, StandardCharsets.US_ASCII));
        journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "SHOP-1001").once();
    }
}
