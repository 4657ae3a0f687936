package dev.carriercontracts.mock.cnexpress.waybill;

import java.util.ArrayList;
import java.util.List;

/**
 * A Code 128 symbol (ISO/IEC 15417) for a tracking number: code set B for printable ASCII, code
 * set C (two digits per symbol) for runs of digits long enough to make the symbol shorter.
 * PDFBox draws no barcodes, and a tracking number needs only this much of the standard (no code
 * set A, no FNC, no GS1).
 *
 * <p>A character outside printable ASCII (U+0020 to U+007E) is encoded as {@code ?}: the barcode
 * must always be drawable, and {@link #text()} says what it actually holds.
 */
final class Code128 {

    static final int START_B = 104;
    static final int START_C = 105;
    static final int CODE_B = 100;
    static final int CODE_C = 99;
    static final int STOP = 106;

    /** Module widths, bar first, of symbol values 0 to 106 (106 is the stop pattern, 13 modules). */
    static final List<String> PATTERNS = List.of(
            "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
            "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
            "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
            "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
            "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
            "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
            "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
            "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
            "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
            "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
            "114131", "311141", "411131", "211412", "211214", "211232", "2331112");

    private final String text;
    private final List<Integer> symbols;

    private Code128(String text, List<Integer> symbols) {
        this.text = text;
        this.symbols = List.copyOf(symbols);
    }

    static Code128 encode(String data) {
        String text = printableAscii(data == null ? "" : data);
        List<Integer> symbols = new ArrayList<>();
        int i = 0;
        boolean setC = startsWithDigitRunWorthSetC(text);
        symbols.add(setC ? START_C : START_B);
        while (i < text.length()) {
            int run = digitRun(text, i);
            if (setC) {
                if (run >= 2) {
                    symbols.add(Integer.parseInt(text.substring(i, i + 2)));
                    i += 2;
                    continue;
                }
                symbols.add(CODE_B);
                setC = false;
            }
            boolean runReachesEnd = i + run == text.length();
            if (run >= 6 || (run >= 4 && runReachesEnd)) {
                if (run % 2 == 1) {
                    symbols.add(text.charAt(i) - ' ');
                    i++;
                }
                symbols.add(CODE_C);
                setC = true;
                continue;
            }
            symbols.add(text.charAt(i) - ' ');
            i++;
        }
        symbols.add(checkSymbol(symbols));
        symbols.add(STOP);
        return new Code128(text, symbols);
    }

    /** What the symbol encodes: the input with every non-printable-ASCII character as {@code ?}. */
    String text() {
        return text;
    }

    /** Symbol values: start, data (with code set switches), check symbol, stop. */
    List<Integer> symbols() {
        return symbols;
    }

    /** The modules from the first bar to the last, {@code true} for a bar (no quiet zones). */
    boolean[] modules() {
        StringBuilder widths = new StringBuilder();
        for (int symbol : symbols) {
            widths.append(PATTERNS.get(symbol));
        }
        int total = 0;
        for (int k = 0; k < widths.length(); k++) {
            total += widths.charAt(k) - '0';
        }
        boolean[] modules = new boolean[total];
        int position = 0;
        for (int k = 0; k < widths.length(); k++) {
            int width = widths.charAt(k) - '0';
            boolean bar = k % 2 == 0;
            for (int m = 0; m < width; m++) {
                modules[position++] = bar;
            }
        }
        return modules;
    }

    private static int checkSymbol(List<Integer> symbols) {
        long sum = symbols.get(0);
        for (int k = 1; k < symbols.size(); k++) {
            sum += (long) k * symbols.get(k);
        }
        return (int) (sum % 103);
    }

    /**
     * Set C from the start pays off for 4 digits or more (an odd last digit then goes in set B), or
     * when the text is just 2 digits.
     */
    private static boolean startsWithDigitRunWorthSetC(String text) {
        int run = digitRun(text, 0);
        return run >= 4 || run == 2 && text.length() == 2;
    }

    private static int digitRun(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - from;
    }

    private static String printableAscii(String data) {
        StringBuilder out = new StringBuilder(data.length());
        data.codePoints().forEach(cp -> out.append(cp >= ' ' && cp <= '~' ? (char) cp : '?'));
        return out.toString();
    }
}
