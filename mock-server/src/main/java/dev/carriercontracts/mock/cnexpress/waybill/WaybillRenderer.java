package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Renders CNExpress waybills as PDF: one 100 x 150 mm label page per package, with the tracking
 * number as a Code 128 barcode and the Chinese text in an embedded subset of WenQuanYi Micro Hei.
 *
 * <p>Safe to share between threads and cheap to construct: nothing is loaded until the first
 * render, which reads the font once for the whole JVM. Any waybill renders, whatever its data:
 * missing fields print empty, characters the font lacks print as {@code ?}, long texts are wrapped
 * or cut to their box, and the receiver's ID number is masked (see {@link Waybill.Receiver}).
 */
public final class WaybillRenderer {

    /** PDF dates have 4-digit years. */
    private static final Instant FIRST_PDF_DATE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_PDF_DATE = Instant.parse("9999-12-31T23:59:59Z");

    /** The PDF of one package's waybill ({@code GET /waybills/{request_no}-{tracking_no}}): one page. */
    public byte[] render(Waybill waybill) {
        return renderMerged(List.of(Objects.requireNonNull(waybill, "waybill")));
    }

    /**
     * The waybills of a request merged into one PDF ({@code GET /waybills/request/{request_no}}):
     * one page per package, in the order given.
     *
     * @throws IllegalArgumentException if {@code waybills} is empty: a PDF needs a page, and a
     *                                  request always has at least one package
     */
    public byte[] renderMerged(List<Waybill> waybills) {
        if (waybills.isEmpty()) {
            throw new IllegalArgumentException("no waybill to render");
        }
        try (WaybillFont.Lease lease = WaybillFont.shared().lease(); PDDocument document = new PDDocument()) {
            LabelFont font = LabelFont.embedIn(document, lease);
            for (Waybill waybill : waybills) {
                PDPage page = new PDPage(WaybillPage.SIZE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    WaybillPage.draw(new LabelCanvas(content, font), Objects.requireNonNull(waybill, "waybill"));
                }
            }
            describe(document, waybills.get(0), font);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            document.save(pdf);
            lease.reusable();
            return pdf.toByteArray();
        } catch (IOException e) {
            // everything is in memory: only a PDFBox bug can get here
            throw new UncheckedIOException("cannot render waybill", e);
        }
    }

    private static void describe(PDDocument document, Waybill first, LabelFont font) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("CNExpress waybill " + font.printable(first.requestNo())
                + (document.getNumberOfPages() == 1 ? " " + font.printable(first.trackingNo()) : ""));
        info.setCreator("carrier-mock-server");
        if (first.createdAt() != null && first.createdAt().isAfter(FIRST_PDF_DATE)
                && first.createdAt().isBefore(LAST_PDF_DATE)) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(first.createdAt().toEpochMilli());
            info.setCreationDate(created);
        }
        document.getDocumentCatalog().setLanguage("zh-CN");
    }
}
