package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.util.List;

/**
 * Draws on one label page, in PDF points from the bottom-left corner. Every text goes through
 * {@link LabelFont#printable} and is kept inside the width it is given (shrunk, wrapped or cut), so
 * no data can fail a render or spill out of its box.
 */
final class LabelCanvas {

    enum Align { LEFT, CENTER, RIGHT }

    /** The font has a single weight: bold is drawn by also stroking the outlines. */
    enum Style { REGULAR, BOLD, WHITE_BOLD }

    private final PDPageContentStream out;
    private final LabelFont font;

    LabelCanvas(PDPageContentStream out, LabelFont font) {
        this.out = out;
        this.font = font;
    }

    /** One line; {@code x} is its left edge, centre or right edge as {@code align} says. */
    void line(String text, float x, float baseline, float maxWidth, float size, Align align, Style style)
            throws IOException {
        String shown = TextLayout.truncate(font.printable(text), size, font::advance, maxWidth, font.ellipsis());
        show(shown, x, baseline, size, align, style);
    }

    /** One line at the largest size from {@code preferred} down to {@code min} that fits; returns the size. */
    float fittedLine(String text, float x, float baseline, float maxWidth, float preferred, float min, Align align,
                     Style style) throws IOException {
        String printable = font.printable(text);
        float size = TextLayout.fitSize(printable, font::advance, maxWidth, preferred, min);
        show(TextLayout.truncate(printable, size, font::advance, maxWidth, font.ellipsis()), x, baseline, size, align, style);
        return size;
    }

    /** Wrapped lines from {@code firstBaseline} down; returns how many were drawn. */
    int paragraph(String text, float x, float firstBaseline, float maxWidth, float size, float leading, int maxLines,
                  Style style) throws IOException {
        List<String> lines = TextLayout.wrap(font.printable(text), size, font::advance, maxWidth, maxLines, font.ellipsis());
        for (int i = 0; i < lines.size(); i++) {
            show(lines.get(i), x, firstBaseline - i * leading, size, Align.LEFT, style);
        }
        return lines.size();
    }

    /** Width of already printable text. */
    float width(String printable, float size) {
        double ems = 0;
        for (int cp : printable.codePoints().toArray()) {
            ems += font.advance(cp);
        }
        return (float) (ems * size);
    }

    void horizontalRule(float fromX, float toX, float y, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.moveTo(fromX, y);
        out.lineTo(toX, y);
        out.stroke();
    }

    void frame(float x, float y, float width, float height, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.addRect(x, y, width, height);
        out.stroke();
    }

    void fill(float x, float y, float width, float height) throws IOException {
        out.addRect(x, y, width, height);
        out.fill();
    }

    /** A barcode: one filled rectangle per run of bar modules, from {@code x}, bottom at {@code y}. */
    void bars(boolean[] modules, float x, float y, float moduleWidth, float height) throws IOException {
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            out.addRect(x + start * moduleWidth, y, (i - start) * moduleWidth, height);
        }
        out.fill();
    }

    private void show(String shown, float x, float baseline, float size, Align align, Style style) throws IOException {
        if (shown.isEmpty()) {
            return;
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width(shown, size) / 2;
            case RIGHT -> x - width(shown, size);
        };
        out.saveGraphicsState();
        out.beginText();
        out.setFont(font.pdfFont(), size);
        if (style != Style.REGULAR) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth(size * 0.035f);
        }
        if (style == Style.WHITE_BOLD) {
            out.setNonStrokingColor(1f);
            out.setStrokingColor(1f);
        }
        out.newLineAtOffset(left, baseline);
        out.showText(shown);
        out.endText();
        out.restoreGraphicsState();
    }
}
