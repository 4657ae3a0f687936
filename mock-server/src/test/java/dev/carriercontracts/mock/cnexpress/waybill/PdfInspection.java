package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a user of the PDF would see: pages, text, glyph positions, filled rectangles. */
final class PdfInspection {

    private PdfInspection() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in page order. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    /** Every glyph of the first page, with its position. */
    static List<TextPosition> glyphs(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rectangles the first page fills (barcode bars, the test banner), in drawing order. */
    static List<Rectangle2D> filledRectangles(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            RectangleCollector collector = new RectangleCollector(document.getPage(0));
            collector.processPage(document.getPage(0));
            return collector.filled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class RectangleCollector extends PDFGraphicsStreamEngine {

        private final List<Rectangle2D> path = new ArrayList<>();
        private final List<Rectangle2D> filled = new ArrayList<>();

        RectangleCollector(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D rectangle = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            rectangle.add(p1);
            rectangle.add(p2);
            rectangle.add(p3);
            path.add(rectangle);
        }

        @Override
        public void fillPath(int windingRule) {
            filled.addAll(path);
            path.clear();
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void closePath() {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
