package com.example.shipping;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.junit5.BaseUrl;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@CarrierMock
class ShippingWithCnExpressTest {

    @Test
    void placeholder(CnExpressApi cnexpress, @BaseUrl(Carrier.CNEXPRESS) String url) {
        assertNotNull(cnexpress);
        assertTrue(url.endsWith("/cnexpress/api/v1"));
    }
}
