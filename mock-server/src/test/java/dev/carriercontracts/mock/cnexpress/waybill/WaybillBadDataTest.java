package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the data, a waybill renders: a valid PDF, every text inside the label. */
class WaybillBadDataTest {

    private static final String EMOJI = "😀";
    private static final String EXTENSION_B = new String(Character.toChars(0x20000));

    private final WaybillRenderer renderer = new WaybillRenderer();

    @Test
    void a_character_the_font_lacks_prints_as_a_question_mark() {
        Waybill waybill = WaybillSamples.withReceiver(WaybillSamples.zhangSan(),
                new Waybill.Receiver("张三" + EMOJI, "12345678911", "黄浦江路" + EXTENSION_B + "33号", "黄山市", "200000", null));

        String text = PdfInspection.text(renderer.render(waybill));

        assertThat(text).contains("张三?", "黄浦江路?33号").doesNotContain(EMOJI, EXTENSION_B);
    }

    @Test
    void lone_surrogates_and_control_characters_do_not_fail_the_render() {
        Waybill waybill = WaybillSamples.withReceiver(WaybillSamples.zhangSan(),
                new Waybill.Receiver("张\uD800三", "123\u0000456", "黄浦江路\n33号\t\r", "黄山市\u0007", "200000", "\uDC00"));

        String text = PdfInspection.text(renderer.render(waybill));

        assertThat(text).contains("张?三", "黄浦江路 33号", "123 456");
    }

    @Test
    void a_very_long_address_is_wrapped_and_cut_inside_the_label() {
        String longAddress = "黄浦江路33号".repeat(2_000) + " Building " + "A".repeat(5_000);
        Waybill waybill = WaybillSamples.withReceiver(WaybillSamples.zhangSan(),
                new Waybill.Receiver("张三".repeat(100), "1".repeat(300), longAddress, "黄山市", "200000", "X40192928323"));

        byte[] pdf = renderer.render(waybill);

        String text = PdfInspection.text(pdf);
        assertThat(text).contains("…", "Post code 200000", "********8323", "TEST000000001", "爱他美奶粉1段");
        assertThat(text.lines().filter(line -> line.contains("黄浦江路"))).hasSizeLessThanOrEqualTo(3);
        assertEveryGlyphInsideTheFrame(pdf);
    }

    @Test
    void a_very_long_tracking_number_shrinks_and_still_fits() {
        String trackingNo = "TEST" + "0123456789".repeat(8);
        byte[] pdf = renderer.render(WaybillSamples.withTrackingNo(WaybillSamples.zhangSan(), trackingNo));

        assertEveryGlyphInsideTheFrame(pdf);
        assertThat(PdfInspection.filledRectangles(pdf)).allSatisfy(bar -> {
            assertThat(bar.getMinX()).isGreaterThanOrEqualTo(WaybillPage.MARGIN);
            assertThat(bar.getMaxX()).isLessThanOrEqualTo(WaybillPage.SIZE.getWidth() - WaybillPage.MARGIN);
        });
    }

    @Test
    void long_texts_in_every_field_stay_inside_the_frame() {
        String longText = "Sender Address in English ".repeat(200);
        Waybill waybill = new Waybill("CE" + "9".repeat(500), "T".repeat(60), new Waybill.Route("x".repeat(300), "邮政线".repeat(100)),
                "O".repeat(500), "P".repeat(500), Instant.parse("2017-07-23T11:11:17Z"), true,
                new Waybill.Sender(longText, longText, longText),
                new Waybill.Receiver(longText, longText, longText, longText, longText, longText),
                "9".repeat(400) + ".00", new Waybill.Dimensions(Integer.MAX_VALUE, Integer.MIN_VALUE, -1),
                List.of(new Waybill.Item(longText, longText, Integer.MAX_VALUE), new Waybill.Item(null, null, Integer.MAX_VALUE)),
                new BigDecimal("1E+400"));

        byte[] pdf = renderer.render(waybill);

        assertEveryGlyphInsideTheFrame(pdf);
        assertThat(PdfInspection.text(pdf)).contains("TEST - NOT FOR SHIPPING", "Total " + 2L * Integer.MAX_VALUE);
    }

    @Test
    void more_products_than_rows_end_with_a_count_of_the_rest() {
        List<Waybill.Item> items = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new Waybill.Item("爱他美奶粉" + i + "段", "50003789982" + i, 1))
                .toList();

        byte[] pdf = renderer.render(WaybillSamples.withItems(WaybillSamples.zhangSan(), items));

        String text = PdfInspection.text(pdf);
        assertThat(text).contains("爱他美奶粉1段", "Total 40").containsPattern("\\+3[0-9] more").doesNotContain("爱他美奶粉40段");
        assertEveryGlyphInsideTheFrame(pdf);
    }

    @Test
    void a_waybill_with_nothing_filled_in_still_renders() {
        Waybill empty = new Waybill(null, null, null, null, null, null, false, null, null, null, null, null, null);

        byte[] pdf = renderer.render(empty);

        assertThat(PdfInspection.text(pdf)).contains("CNExpress", "收件人 TO", "Total 0");
    }

    @Test
    void extreme_dates_and_costs_still_render() {
        Waybill w = WaybillSamples.zhangSan();
        for (Instant createdAt : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
            Waybill odd = new Waybill(w.requestNo(), w.trackingNo(), w.route(), w.orderNo(), w.packageNo(), createdAt,
                    w.testMode(), w.sender(), w.receiver(), "-1", w.dimensionsCm(), w.items(), new BigDecimal("-0.005"));

            assertThat(PdfInspection.text(renderer.render(odd))).contains("TEST000000001", "-1 kg");
        }
    }

    @Test
    void random_unicode_in_every_field_always_gives_a_valid_pdf() throws Exception {
        Random random = new Random(20170723);
        List<Waybill> waybills = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            waybills.add(new Waybill(junk(random), junk(random), new Waybill.Route(junk(random), junk(random)), junk(random),
                    junk(random), Instant.ofEpochSecond(random.nextInt()), random.nextBoolean(),
                    new Waybill.Sender(junk(random), junk(random), junk(random)),
                    new Waybill.Receiver(junk(random), junk(random), junk(random), junk(random), junk(random), junk(random)),
                    junk(random), new Waybill.Dimensions(random.nextInt(), random.nextInt(), random.nextInt()),
                    List.of(new Waybill.Item(junk(random), junk(random), random.nextInt())), null));
        }

        for (Waybill waybill : waybills) {
            try (PDDocument document = PdfInspection.load(renderer.render(waybill))) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
        }
        try (PDDocument merged = PdfInspection.load(renderer.renderMerged(waybills))) {
            assertThat(merged.getNumberOfPages()).isEqualTo(30);
        }
    }

    /** Up to 120 code points from anywhere in Unicode, sometimes null. */
    private static String junk(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x4E00 + random.nextInt(0x5200);
                case 2 -> random.nextInt(0x10000);
                default -> random.nextInt(Character.MAX_CODE_POINT + 1);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    private static void assertEveryGlyphInsideTheFrame(byte[] pdf) {
        float right = WaybillPage.SIZE.getWidth() - WaybillPage.MARGIN;
        float top = WaybillPage.SIZE.getHeight() - WaybillPage.MARGIN;
        List<TextPosition> glyphs = PdfInspection.glyphs(pdf);
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).as("left of %s", glyph).isGreaterThanOrEqualTo(WaybillPage.MARGIN);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as("right of %s", glyph).isLessThanOrEqualTo(right + 0.01f);
            // text-space y grows downwards from the top of the page
            assertThat(glyph.getYDirAdj()).as("baseline of %s", glyph).isBetween(WaybillPage.MARGIN, top);
        });
    }
}
