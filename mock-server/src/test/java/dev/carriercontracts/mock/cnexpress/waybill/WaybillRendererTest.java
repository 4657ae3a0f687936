package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WaybillRendererTest {

    private static final float MM = 72f / 25.4f;

    private final WaybillRenderer renderer = new WaybillRenderer();

    @Test
    void a_waybill_is_one_pdf_page_of_100_by_150_mm() throws IOException {
        byte[] pdf = renderer.render(WaybillSamples.zhangSan());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(100 * MM, within(0.01f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(150 * MM, within(0.01f));
        }
    }

    @Test
    void the_waybill_shows_tracking_and_request_numbers_route_and_creation_date() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).contains("CNExpress", "TEST000000001", "CE20170723000000002", "邮政线", "cnpost",
                "1234567", "2017-07-23 11:11:17 UTC");
    }

    @Test
    void the_receiver_and_sender_print_in_chinese() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).contains("张三", "12345678911", "黄山市", "黄浦江路33号", "200000",
                "发件人1", "01234567", "发件人地址测试英国地址");
    }

    @Test
    void the_contents_table_lists_every_product_with_barcode_and_count_then_the_total() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).containsSubsequence("爱他美奶粉1段", "5000378998287", "2", "爱他美奶粉2段", "5000378998317", "4");
        assertThat(text).contains("Total 6");
    }

    @Test
    void weight_dimensions_and_cost_are_printed() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).contains("4.00 kg", "20×20×20 cm", "£20.00");
    }

    @Test
    void the_receiver_id_number_shows_only_its_last_four_characters() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).contains("********8323").doesNotContain("X40192928323", "X401");
    }

    @Test
    void a_test_mode_waybill_carries_the_not_for_shipping_banner() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.zhangSan()));

        assertThat(text).contains("TEST - NOT FOR SHIPPING");
    }

    @Test
    void a_live_waybill_has_no_test_banner() {
        String text = PdfInspection.text(renderer.render(WaybillSamples.withTestMode(WaybillSamples.zhangSan(), false)));

        assertThat(text).doesNotContain("NOT FOR SHIPPING", "测试面单").contains("TEST000000001");
    }

    @Test
    void the_merged_waybill_has_one_page_per_package_in_the_given_order() {
        byte[] pdf = renderer.renderMerged(WaybillSamples.request(10));

        List<String> pages = PdfInspection.pageTexts(pdf);
        assertThat(pages).hasSize(10);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(String.format("TEST%09d", i + 1));
        }
        assertThat(pages.get(0)).contains("张三", "黄浦江路33号");
        assertThat(pages.get(1)).contains("李四", "长安路22号", "爱他美奶粉3段");
    }

    @Test
    void merging_no_waybill_is_refused() {
        assertThatThrownBy(() -> renderer.renderMerged(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_font_is_embedded_as_a_subset_with_a_unicode_map() throws IOException {
        byte[] pdf = renderer.render(WaybillSamples.zhangSan());

        try (PDDocument document = PdfInspection.load(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).hasSize(1);
            assertThat(fonts.get(0)).isInstanceOf(PDType0Font.class);
            PDType0Font font = (PDType0Font) fonts.get(0);
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
            assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
            PDFontDescriptor descriptor = font.getDescendantFont().getFontDescriptor();
            // the whole font is 3 MB: a label's few dozen glyphs are a few kB
            assertThat(descriptor.getFontFile2()).isNotNull();
            assertThat(descriptor.getFontFile2().toByteArray().length).isLessThan(100_000);
        }
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void rendering_the_same_waybill_twice_gives_a_valid_pdf_with_the_same_text_each_time() {
        Waybill waybill = WaybillSamples.zhangSan();

        byte[] first = renderer.render(waybill);
        byte[] second = renderer.render(waybill);

        assertThat(PdfInspection.text(first)).isEqualTo(PdfInspection.text(second)).contains("TEST000000001");
    }

    @Test
    void many_threads_render_at_once_each_getting_its_own_waybill() throws Exception {
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String trackingNo = String.format("TEST%04d%05d", thread, i);
                        Waybill waybill = WaybillSamples.withTrackingNo(WaybillSamples.zhangSan(), trackingNo);
                        String text = PdfInspection.text(renderer.render(waybill));
                        if (!text.contains(trackingNo) || !text.contains("黄浦江路33号")) {
                            failures.add(trackingNo);
                        }
                    }
                    return failures;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
