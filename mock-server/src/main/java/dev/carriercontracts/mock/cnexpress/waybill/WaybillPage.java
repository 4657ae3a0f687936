package dev.carriercontracts.mock.cnexpress.waybill;

import dev.carriercontracts.mock.cnexpress.waybill.LabelCanvas.Align;
import dev.carriercontracts.mock.cnexpress.waybill.LabelCanvas.Style;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The layout of one waybill on a 100 x 150 mm thermal label, top to bottom: carrier and route,
 * the test banner (test accounts only), the tracking number as a Code 128 barcode and in big
 * digits, receiver, sender, contents table, weight/size/cost, and the request's references.
 * Labels are bilingual (Chinese first) like the carrier's own; the data is printed as given.
 */
final class WaybillPage {

    private static final float MM = 72f / 25.4f;
    static final PDRectangle SIZE = new PDRectangle(100 * MM, 150 * MM);

    static final String TEST_BANNER = "TEST - NOT FOR SHIPPING 测试面单 请勿发货";

    static final float MARGIN = 7;
    private static final float PADDING = 5;
    private static final float LEFT = MARGIN + PADDING;
    private static final float RIGHT = SIZE.getWidth() - MARGIN - PADDING;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float CENTRE = SIZE.getWidth() / 2;

    static final float BAR_HEIGHT = 46;
    private static final float MAX_MODULE_WIDTH = 1.6f;
    private static final int QUIET_ZONE_MODULES = 10;

    private static final float ROW = 11;
    private static final float BARCODE_COLUMN = LEFT + 152;
    private static final float QTY_WIDTH = 30;
    private static final float BOTTOM_HEIGHT = 54;

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final LabelCanvas canvas;
    private final Waybill waybill;

    private WaybillPage(LabelCanvas canvas, Waybill waybill) {
        this.canvas = canvas;
        this.waybill = waybill;
    }

    static void draw(LabelCanvas canvas, Waybill waybill) throws IOException {
        new WaybillPage(canvas, waybill).draw();
    }

    private void draw() throws IOException {
        float top = SIZE.getHeight() - MARGIN;
        float bottom = MARGIN;
        canvas.frame(MARGIN, bottom, SIZE.getWidth() - 2 * MARGIN, top - bottom, 1.2f);
        top = header(top);
        if (waybill.testMode()) {
            top = testBanner(top);
        }
        top = barcode(top);
        top = receiver(top);
        top = sender(top);
        bottomRows(bottom);
        contents(top, bottom + BOTTOM_HEIGHT);
    }

    private float header(float top) throws IOException {
        canvas.line("CNExpress", LEFT, top - 19, WIDTH * 0.45f, 18, Align.LEFT, Style.BOLD);
        canvas.line("国际快递面单 Waybill", LEFT, top - 29.5f, WIDTH * 0.45f, 7, Align.LEFT, Style.REGULAR);
        canvas.fittedLine(waybill.route().name(), RIGHT, top - 18, WIDTH * 0.5f, 16, 8, Align.RIGHT, Style.BOLD);
        canvas.line(waybill.route().code(), RIGHT, top - 29.5f, WIDTH * 0.5f, 8, Align.RIGHT, Style.REGULAR);
        return rule(top - 33);
    }

    private float testBanner(float top) throws IOException {
        canvas.fill(MARGIN, top - 18, SIZE.getWidth() - 2 * MARGIN, 18);
        canvas.fittedLine(TEST_BANNER, CENTRE, top - 12.5f, WIDTH, 10, 6, Align.CENTER, Style.WHITE_BOLD);
        return top - 18;
    }

    private float barcode(float top) throws IOException {
        boolean[] modules = Code128.encode(waybill.trackingNo()).modules();
        float moduleWidth = Math.min(MAX_MODULE_WIDTH, WIDTH / (modules.length + 2 * QUIET_ZONE_MODULES));
        if (waybill.trackingNo() != null && !waybill.trackingNo().isBlank()) {
            canvas.bars(modules, CENTRE - modules.length * moduleWidth / 2, top - 7 - BAR_HEIGHT, moduleWidth, BAR_HEIGHT);
        }
        canvas.fittedLine(waybill.trackingNo(), CENTRE, top - 73, WIDTH, 20, 7, Align.CENTER, Style.BOLD);
        return rule(top - 80);
    }

    private float receiver(float top) throws IOException {
        Waybill.Receiver receiver = waybill.receiver();
        canvas.line("收件人 TO", LEFT, top - 10, WIDTH, 7.5f, Align.LEFT, Style.BOLD);
        canvas.line(receiver.name(), LEFT, top - 26, WIDTH * 0.55f, 15, Align.LEFT, Style.BOLD);
        canvas.line(receiver.phone(), RIGHT, top - 26, WIDTH * 0.42f, 11, Align.RIGHT, Style.REGULAR);
        canvas.paragraph(join(receiver.city(), receiver.address()), LEFT, top - 41, WIDTH, 10.5f, 12.5f, 3, Style.REGULAR);
        canvas.line("邮编 Post code " + orEmpty(receiver.postCode()), LEFT, top - 77, WIDTH / 2 - 4, 8, Align.LEFT, Style.REGULAR);
        canvas.line("身份证 ID " + orEmpty(receiver.maskedIdNumber()), RIGHT, top - 77, WIDTH / 2 - 4, 8, Align.RIGHT, Style.REGULAR);
        return rule(top - 82);
    }

    private float sender(float top) throws IOException {
        Waybill.Sender sender = waybill.sender();
        canvas.line("寄件人 FROM", LEFT, top - 10, WIDTH, 7, Align.LEFT, Style.BOLD);
        canvas.line(sender.name(), LEFT, top - 21, WIDTH * 0.55f, 9, Align.LEFT, Style.REGULAR);
        canvas.line(sender.phone(), RIGHT, top - 21, WIDTH * 0.42f, 9, Align.RIGHT, Style.REGULAR);
        canvas.paragraph(sender.address(), LEFT, top - 32, WIDTH, 8, 9.5f, 2, Style.REGULAR);
        return rule(top - 46);
    }

    /** The contents table between {@code top} and {@code bottom}: as many rows as fit, then "+n more". */
    private void contents(float top, float bottom) throws IOException {
        canvas.line("品名 Product", LEFT, top - 10, BARCODE_COLUMN - LEFT - 4, 7, Align.LEFT, Style.BOLD);
        canvas.line("条码 Barcode", BARCODE_COLUMN, top - 10, RIGHT - BARCODE_COLUMN - QTY_WIDTH, 7, Align.LEFT, Style.BOLD);
        canvas.line("数量 Qty", RIGHT, top - 10, QTY_WIDTH, 7, Align.RIGHT, Style.BOLD);
        canvas.horizontalRule(LEFT, RIGHT, top - 13, 0.4f);

        List<Waybill.Item> items = waybill.items();
        int rows = Math.max(1, (int) ((top - 13 - bottom - ROW - 4) / ROW));
        int shown = items.size() <= rows ? items.size() : rows - 1;
        float baseline = top - 13 - 9.5f;
        for (int i = 0; i < shown; i++, baseline -= ROW) {
            Waybill.Item item = items.get(i);
            canvas.line(item.name() != null ? item.name() : item.barcode(), LEFT, baseline, BARCODE_COLUMN - LEFT - 4, 8.5f,
                    Align.LEFT, Style.REGULAR);
            canvas.line(item.barcode(), BARCODE_COLUMN, baseline, RIGHT - BARCODE_COLUMN - QTY_WIDTH, 8.5f, Align.LEFT,
                    Style.REGULAR);
            canvas.line(Integer.toString(item.count()), RIGHT, baseline, QTY_WIDTH, 8.5f, Align.RIGHT, Style.REGULAR);
        }
        if (shown < items.size()) {
            int more = items.size() - shown;
            canvas.line("… 另有 " + more + " 项 / +" + more + " more", LEFT, baseline, WIDTH, 8.5f, Align.LEFT, Style.REGULAR);
        }
        long total = items.stream().mapToLong(Waybill.Item::count).sum();
        canvas.line("合计 Total  " + total, RIGHT, bottom + 4.5f, WIDTH, 8, Align.RIGHT, Style.BOLD);
    }

    private void bottomRows(float bottom) throws IOException {
        float third = WIDTH / 3;
        float baseline = bottom + 42;
        canvas.line("重量 Weight " + orEmpty(waybill.weightKg()) + " kg", LEFT, baseline, third - 3, 8, Align.LEFT, Style.BOLD);
        Waybill.Dimensions size = waybill.dimensionsCm();
        canvas.line("尺寸 " + size.length() + "×" + size.width() + "×" + size.height() + " cm", CENTRE, baseline, third - 3, 8,
                Align.CENTER, Style.BOLD);
        String cost = waybill.costGbp() == null ? "" : String.format(Locale.ROOT, "£%.2f", waybill.costGbp().doubleValue());
        canvas.line("运费 Cost " + cost, RIGHT, baseline, third - 3, 8, Align.RIGHT, Style.BOLD);
        canvas.horizontalRule(MARGIN, SIZE.getWidth() - MARGIN, bottom + 36, 0.8f);

        canvas.line("请求号 Request " + orEmpty(waybill.requestNo()), LEFT, bottom + 26, WIDTH, 7.5f, Align.LEFT, Style.REGULAR);
        canvas.line("订单号 Order " + orEmpty(waybill.orderNo()) + "    包裹号 Package " + orEmpty(waybill.packageNo()),
                LEFT, bottom + 16.5f, WIDTH, 7.5f, Align.LEFT, Style.REGULAR);
        canvas.line("日期 Created " + created(), LEFT, bottom + 7, WIDTH, 7.5f, Align.LEFT, Style.REGULAR);
        rule(bottom + BOTTOM_HEIGHT);
    }

    private float rule(float y) throws IOException {
        canvas.horizontalRule(MARGIN, SIZE.getWidth() - MARGIN, y, 0.8f);
        return y;
    }

    private String created() {
        if (waybill.createdAt() == null) {
            return "";
        }
        try {
            return CREATED.format(waybill.createdAt());
        } catch (DateTimeException beyondLocalDateTime) {
            // Instant.MIN is a year before LocalDateTime.MIN; ISO-8601 can still say it
            return waybill.createdAt().toString();
        }
    }

    private static String join(String city, String address) {
        return (orEmpty(city) + " " + orEmpty(address)).strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
