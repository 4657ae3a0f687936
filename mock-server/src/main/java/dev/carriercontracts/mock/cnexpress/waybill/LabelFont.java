package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The waybill font as embedded in one document (so used by one thread), with what the layout
 * needs: text made printable with it, and glyph widths.
 */
final class LabelFont {

    /** More than any box of a 100 x 150 mm label can show; bounds the work on absurd input. */
    static final int MAX_CODE_POINTS = 1_000;

    private final WaybillFont.Lease font;
    private final PDType0Font pdfFont;
    private final Map<Integer, Double> advances = new HashMap<>();
    private final String ellipsis;

    private LabelFont(WaybillFont.Lease font, PDType0Font pdfFont) {
        this.font = font;
        this.pdfFont = pdfFont;
        this.ellipsis = font.covers('…') ? "…" : "...";
    }

    static LabelFont embedIn(PDDocument document, WaybillFont.Lease font) throws IOException {
        return new LabelFont(font, font.embedIn(document));
    }

    PDType0Font pdfFont() {
        return pdfFont;
    }

    String ellipsis() {
        return ellipsis;
    }

    /**
     * {@code text} as it can be shown: {@code null} as empty, line breaks, tabs and other control
     * characters as spaces (runs collapsed), every character the font lacks (an emoji, an
     * Extension B ideograph, a lone surrogate) as {@code ?}, and at most {@link #MAX_CODE_POINTS}.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CODE_POINTS));
        int count = 0;
        boolean lastWasSpace = true;
        for (int i = 0; i < text.length() && count < MAX_CODE_POINTS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                if (!lastWasSpace) {
                    out.append(' ');
                    count++;
                }
                lastWasSpace = true;
                continue;
            }
            out.appendCodePoint(font.covers(cp) ? cp : '?');
            count++;
            lastWasSpace = false;
        }
        return out.toString().stripTrailing();
    }

    /** Width of a printable code point at font size 1. */
    double advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, this::measure);
    }

    private double measure(int codePoint) {
        try {
            return pdfFont.getStringWidth(Character.toString(codePoint)) / 1000;
        } catch (IOException | IllegalArgumentException e) {
            // cannot happen for printable text; a wide guess keeps the text inside its box anyway
            return 1.0;
        }
    }
}
