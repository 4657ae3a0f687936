package dev.carriercontracts.mock.cnexpress.waybill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Waybills of the seed document's sample order request (cnpost, two packages). */
final class WaybillSamples {

    static final String REQUEST_NO = "CE20170723000000002";

    private WaybillSamples() {
    }

    /** The first package of the sample: 张三 in 黄山市, 2 + 4 tins. */
    static Waybill zhangSan() {
        return new Waybill(
                REQUEST_NO,
                "TEST000000001",
                new Waybill.Route("cnpost", "邮政线"),
                "1234567",
                "1",
                Instant.parse("2017-07-23T11:11:17.982827Z"),
                true,
                new Waybill.Sender("发件人1", "01234567", "发件人地址测试英国地址"),
                new Waybill.Receiver("张三", "12345678911", "黄浦江路33号", "黄山市", "200000", "X40192928323"),
                "4.00",
                new Waybill.Dimensions(20, 20, 20),
                List.of(new Waybill.Item("爱他美奶粉1段", "5000378998287", 2),
                        new Waybill.Item("爱他美奶粉2段", "5000378998317", 4)),
                new BigDecimal("20.0"));
    }

    /** The second package of the sample: 李四 in 北京, three products, English sender. */
    static Waybill liSi() {
        return new Waybill(
                REQUEST_NO,
                "TEST000000002",
                new Waybill.Route("cnpost", "邮政线"),
                "1234567",
                null,
                Instant.parse("2017-07-23T11:11:17.982827Z"),
                true,
                new Waybill.Sender("Sender Name", "1234891203471230", "Sender Address in English"),
                new Waybill.Receiver("李四", "13901234567", "长安路22号", "北京", "100000", "123239230921312"),
                "3.00",
                new Waybill.Dimensions(20, 20, 20),
                List.of(new Waybill.Item("爱他美奶粉3段", "0721865545337", 2),
                        new Waybill.Item("爱他美奶粉2段", "5000378998317", 1),
                        new Waybill.Item("爱他美奶粉1段", "5000378998287", 1)),
                new BigDecimal("13.0"));
    }

    /** {@code count} packages of one request, tracking numbers TEST000000001 upwards. */
    static List<Waybill> request(int count) {
        List<Waybill> waybills = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Waybill base = i % 2 == 1 ? zhangSan() : liSi();
            waybills.add(withTrackingNo(base, String.format("TEST%09d", i)));
        }
        return waybills;
    }

    static Waybill withTrackingNo(Waybill w, String trackingNo) {
        return new Waybill(w.requestNo(), trackingNo, w.route(), w.orderNo(), w.packageNo(), w.createdAt(), w.testMode(),
                w.sender(), w.receiver(), w.weightKg(), w.dimensionsCm(), w.items(), w.costGbp());
    }

    static Waybill withReceiver(Waybill w, Waybill.Receiver receiver) {
        return new Waybill(w.requestNo(), w.trackingNo(), w.route(), w.orderNo(), w.packageNo(), w.createdAt(), w.testMode(),
                w.sender(), receiver, w.weightKg(), w.dimensionsCm(), w.items(), w.costGbp());
    }

    static Waybill withTestMode(Waybill w, boolean testMode) {
        return new Waybill(w.requestNo(), w.trackingNo(), w.route(), w.orderNo(), w.packageNo(), w.createdAt(), testMode,
                w.sender(), w.receiver(), w.weightKg(), w.dimensionsCm(), w.items(), w.costGbp());
    }

    static Waybill withItems(Waybill w, List<Waybill.Item> items) {
        return new Waybill(w.requestNo(), w.trackingNo(), w.route(), w.orderNo(), w.packageNo(), w.createdAt(), w.testMode(),
                w.sender(), w.receiver(), w.weightKg(), w.dimensionsCm(), items, w.costGbp());
    }
}
