package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The waybill font, WenQuanYi Micro Hei (see {@code fonts/README.md}): Latin and CJK, so Chinese
 * names and addresses print.
 *
 * <p>The TTF is 3 MB: it is read from the classpath on the first waybill, not at server start-up,
 * and only once per JVM (holder idiom). Parsing it takes about 4 ms and 13 MB of heap (cmap, loca,
 * metrics and layout tables of 34,000 glyphs), more than drawing a label, and PDFBox's
 * {@code TrueTypeFont} is not safe for concurrent glyph reads. So parsed fonts are kept in a small
 * pool: a render {@link #lease leases} one for itself alone and gives it back once its PDF is
 * saved; when both pooled fonts are in use, the render parses another rather than wait.
 * {@code WaybillRenderBenchmark} measured the choice: parsing per document adds about 4 ms to each
 * render (plus 13 MB of garbage), while one shared font behind a lock would make concurrent renders
 * queue; the pool renders a one-page waybill in 2 to 4 ms without either cost.
 */
final class WaybillFont {

    static final String RESOURCE = "/fonts/wqy-microhei-subset.ttf";

    /** Enough for the concurrent downloads a mock server sees; each parsed font holds about 13 MB. */
    private static final int MAX_IDLE = 2;

    private final byte[] ttf;
    private final BlockingQueue<Parsed> idle = new ArrayBlockingQueue<>(MAX_IDLE);

    private WaybillFont(byte[] ttf) {
        this.ttf = ttf;
    }

    private static final class Holder {
        static final WaybillFont INSTANCE = read();
    }

    /** The font, read from the classpath on first use. */
    static WaybillFont shared() {
        return Holder.INSTANCE;
    }

    /** A parsed font for the calling render alone, until the lease is closed. */
    Lease lease() throws IOException {
        Parsed parsed = idle.poll();
        return new Lease(parsed != null ? parsed : parse());
    }

    private Parsed parse() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        // the lookup PDType0Font encodes text with, so "covered" means "showText succeeds"
        return new Parsed(font, font.getUnicodeCmapLookup());
    }

    private record Parsed(TrueTypeFont font, CmapLookup cmap) {
    }

    /**
     * One render's use of a parsed font. {@link #close()} gives the font back for the next render
     * only after {@link #reusable()} was called (the PDF was saved); after a failure it is dropped,
     * in case PDFBox left it half-read.
     */
    final class Lease implements AutoCloseable {

        private final Parsed parsed;
        private boolean reusable;

        private Lease(Parsed parsed) {
            this.parsed = parsed;
        }

        /**
         * Loads the font into {@code document}, embedded as a subset: only the glyphs the document
         * shows are written when it is saved.
         */
        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, parsed.font(), true);
        }

        /** Whether the font has a glyph for this code point. */
        boolean covers(int codePoint) {
            return parsed.cmap().getGlyphId(codePoint) > 0;
        }

        /** The render using this font completed: the font can serve the next one. */
        void reusable() {
            reusable = true;
        }

        @Override
        public void close() {
            if (reusable && idle.offer(parsed)) {
                return;
            }
            try {
                parsed.font().close();
            } catch (IOException ignored) {
                // an in-memory font: nothing to release
            }
        }
    }

    private static WaybillFont read() {
        try (InputStream in = WaybillFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("waybill font " + RESOURCE + " is missing from the classpath");
            }
            return new WaybillFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read waybill font " + RESOURCE, e);
        }
    }
}
