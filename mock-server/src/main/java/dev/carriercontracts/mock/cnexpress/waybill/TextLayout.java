package dev.carriercontracts.mock.cnexpress.waybill;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Fits text into a label's boxes: wraps it on spaces and between CJK characters (Chinese has no
 * spaces), cuts what does not fit with an ellipsis, and picks a font size for one-line fields.
 * Widths come from {@code advance}, the width of a code point at font size 1, so this needs no
 * PDF and no font.
 */
final class TextLayout {

    private TextLayout() {
    }

    /**
     * Breaks {@code text} into at most {@code maxLines} lines no wider than {@code maxWidth} (a
     * single character wider than the box still gets its own line). When the text does not fit,
     * the last line ends with {@code ellipsis}.
     */
    static List<String> wrap(String text, float size, IntToDoubleFunction advance, double maxWidth,
                             int maxLines, String ellipsis) {
        int[] cps = text.codePoints().toArray();
        double maxEms = maxWidth / size;
        List<String> lines = new ArrayList<>();
        int start = skipSpaces(cps, 0);
        while (start < cps.length && lines.size() < maxLines) {
            int end = lineEnd(cps, start, advance, maxEms);
            int next = skipSpaces(cps, end);
            if (lines.size() == maxLines - 1 && next < cps.length) {
                lines.add(ellipsize(cps, start, advance, maxEms, ellipsis));
                break;
            }
            lines.add(new String(cps, start, end - start).stripTrailing());
            start = next;
        }
        return lines;
    }

    /** {@code text} on one line, cut with {@code ellipsis} if wider than {@code maxWidth}. */
    static String truncate(String text, float size, IntToDoubleFunction advance, double maxWidth, String ellipsis) {
        List<String> lines = wrap(text, size, advance, maxWidth, 1, ellipsis);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The largest size from {@code preferred} down to {@code min} at which {@code text} fits on one line. */
    static float fitSize(String text, IntToDoubleFunction advance, double maxWidth, float preferred, float min) {
        double ems = width(text.codePoints().toArray(), advance);
        if (ems <= 0 || ems * preferred <= maxWidth) {
            return preferred;
        }
        return (float) Math.max(min, Math.floor(maxWidth / ems * 10) / 10);
    }

    private static int lineEnd(int[] cps, int start, IntToDoubleFunction advance, double maxEms) {
        double width = 0;
        int lastBreak = -1;
        for (int i = start; i < cps.length; i++) {
            double w = advance.applyAsDouble(cps[i]);
            if (i > start && width + w > maxEms) {
                if (cps[i] == ' ') {
                    return i;
                }
                return lastBreak > start ? lastBreak : i;
            }
            width += w;
            if (breaksAfter(cps, i)) {
                lastBreak = i + 1;
            }
        }
        return cps.length;
    }

    private static String ellipsize(int[] cps, int start, IntToDoubleFunction advance, double maxEms, String ellipsis) {
        double room = maxEms - width(ellipsis.codePoints().toArray(), advance);
        int end = start;
        double width = 0;
        while (end < cps.length && width + advance.applyAsDouble(cps[end]) <= room) {
            width += advance.applyAsDouble(cps[end]);
            end++;
        }
        return new String(cps, start, end - start).stripTrailing() + ellipsis;
    }

    private static boolean breaksAfter(int[] cps, int i) {
        return cps[i] == ' ' || i + 1 < cps.length && (isWide(cps[i]) || isWide(cps[i + 1]));
    }

    /** CJK and full-width characters, between which a line may break anywhere. */
    private static boolean isWide(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    private static int skipSpaces(int[] cps, int from) {
        int i = from;
        while (i < cps.length && cps[i] == ' ') {
            i++;
        }
        return i;
    }

    private static double width(int[] cps, IntToDoubleFunction advance) {
        double width = 0;
        for (int cp : cps) {
            width += advance.applyAsDouble(cp);
        }
        return width;
    }
}
