package dev.carriercontracts.mock.junit5.support;

import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;

/** Order requests the CNExpress mock accepts with its default catalogue. */
public final class CnExpressOrders {

    private CnExpressOrders() {
    }

    /** One package of four tins of 爱他美奶粉1段 to Shanghai, on the default route. */
    public static NewOrderRequest order(String orderNo) {
        return new NewOrderRequest().orderNo(orderNo).addPackagesItem(new NewPackage()
                .senderName("Shop Ltd").senderPhoneNumber("01234567").senderAddress("1 High Street, London")
                .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                .receiverCity("上海").receiverPostCode("200000").receiverIdNumber("X40192928323")
                .weight("4.00").length(20).width(20).height(20)
                .addItemsItem(new NewItem().barcode("5000378998287").count(4)));
    }
}
