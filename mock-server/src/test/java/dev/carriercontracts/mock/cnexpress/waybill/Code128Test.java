package dev.carriercontracts.mock.cnexpress.waybill;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Code128Test {

    // Expected symbols worked out by hand from ISO/IEC 15417: set B value = ASCII - 32, set C value
    // = the digit pair, check = (start + sum of position x value) mod 103.

    @Test
    void a_test_tracking_number_switches_to_set_c_for_its_digits_after_an_odd_one_in_set_b() {
        // 104 + 52·1 + 37·2 + 51·3 + 52·4 + 16·5 + 99·6 + 0·7 + 0·8 + 0·9 + 1·10 = 1275 ≡ 39
        assertThat(Code128.encode("TEST000000001").symbols())
                .containsExactly(104, 52, 37, 51, 52, 16, 99, 0, 0, 0, 1, 39, 106);
    }

    @Test
    void text_with_a_short_digit_run_stays_in_set_b() {
        // 104 + 48 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879 ≡ 55
        assertThat(Code128.encode("PJJ123C").symbols()).containsExactly(104, 48, 42, 42, 17, 18, 19, 35, 55, 106);
        // 104 + 33 + 34·2 + 17·3 + 18·4 = 328 ≡ 19
        assertThat(Code128.encode("AB12").symbols()).containsExactly(104, 33, 34, 17, 18, 19, 106);
    }

    @Test
    void digits_only_start_in_set_c() {
        // 105 + 12 + 34·2 + 56·3 + 78·4 = 665 ≡ 47
        assertThat(Code128.encode("12345678").symbols()).containsExactly(105, 12, 34, 56, 78, 47, 106);
    }

    @Test
    void an_odd_leading_digit_run_ends_its_last_digit_in_set_b() {
        // 105 + 12 + 34·2 + 100·3 + 21·4 = 569 ≡ 54
        assertThat(Code128.encode("12345").symbols()).containsExactly(105, 12, 34, 100, 21, 54, 106);
    }

    @Test
    void a_long_digit_run_inside_text_goes_to_set_c_and_back() {
        // 104 + 56 + 17·2 + 99·3 + 23·4 + 45·5 + 67·6 + 100·7 + 57·8 = 2366 ≡ 100
        assertThat(Code128.encode("X1234567Y").symbols())
                .containsExactly(104, 56, 17, 99, 23, 45, 67, 100, 57, 100, 106);
    }

    @Test
    void characters_outside_printable_ascii_are_encoded_as_question_marks() {
        Code128 code = Code128.encode("TEST№1\n");

        assertThat(code.text()).isEqualTo("TEST?1?");
        assertThat(decode(widths(code.modules()))).isEqualTo("TEST?1?");
    }

    @Test
    void the_patterns_are_the_standard_ones() {
        assertThat(bits(Code128.START_B)).isEqualTo("11010010000");
        assertThat(bits(Code128.STOP)).isEqualTo("1100011101011");
        assertThat(bits(0)).isEqualTo("11011001100");
        assertThat(bits('A' - ' ')).isEqualTo("10100011000");
        assertThat(Code128.PATTERNS).hasSize(107).doesNotHaveDuplicates();
        for (int value = 0; value < Code128.STOP; value++) {
            String pattern = Code128.PATTERNS.get(value);
            assertThat(pattern.chars().map(c -> c - '0').sum()).as("modules of %d", value).isEqualTo(11);
            int bars = (pattern.charAt(0) - '0') + (pattern.charAt(2) - '0') + (pattern.charAt(4) - '0');
            assertThat(bars % 2).as("bar parity of %d", value).isZero();
        }
    }

    @Test
    void a_symbol_is_11_modules_per_symbol_plus_a_13_module_stop() {
        Code128 code = Code128.encode("TEST000000001");

        assertThat(code.modules()).hasSize(11 * (code.symbols().size() - 1) + 13);
        assertThat(code.modules()[0]).isTrue();
        assertThat(code.modules()[code.modules().length - 1]).isTrue();
    }

    @Test
    void the_bars_drawn_on_the_waybill_decode_back_to_the_tracking_number() {
        byte[] pdf = new WaybillRenderer().render(WaybillSamples.zhangSan());

        List<Rectangle2D> bars = PdfInspection.filledRectangles(pdf).stream()
                .filter(r -> Math.abs(r.getHeight() - WaybillPage.BAR_HEIGHT) < 0.01)
                .sorted(Comparator.comparingDouble(Rectangle2D::getMinX))
                .toList();

        assertThat(decode(widthsOf(bars))).isEqualTo("TEST000000001");
    }

    /** Bar and space widths, in modules, of rectangles drawn left to right. */
    private static List<Integer> widthsOf(List<Rectangle2D> bars) {
        double module = bars.stream().mapToDouble(Rectangle2D::getWidth).min().orElseThrow();
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            if (i > 0) {
                widths.add((int) Math.round((bars.get(i).getMinX() - bars.get(i - 1).getMaxX()) / module));
            }
            widths.add((int) Math.round(bars.get(i).getWidth() / module));
        }
        return widths;
    }

    private static List<Integer> widths(boolean[] modules) {
        List<Integer> widths = new ArrayList<>();
        int run = 1;
        for (int i = 1; i <= modules.length; i++) {
            if (i < modules.length && modules[i] == modules[i - 1]) {
                run++;
            } else {
                widths.add(run);
                run = 1;
            }
        }
        return widths;
    }

    /** A reader's decoding: patterns to values, check symbol verified, code sets followed. */
    private static String decode(List<Integer> widths) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i + 6 <= widths.size(); i += 6) {
            StringBuilder pattern = new StringBuilder();
            widths.subList(i, i + 6).forEach(pattern::append);
            int value = Code128.PATTERNS.indexOf(pattern.toString());
            if (value < 0) {
                assertThat(i + 7).as("only the stop pattern has 7 elements").isEqualTo(widths.size());
                pattern.append(widths.get(i + 6));
                value = Code128.PATTERNS.indexOf(pattern.toString());
            }
            assertThat(value).as("pattern %s", pattern).isNotNegative();
            values.add(value);
        }
        assertThat(values.get(values.size() - 1)).isEqualTo(Code128.STOP);
        int check = values.get(values.size() - 2);
        long sum = values.get(0);
        for (int k = 1; k < values.size() - 2; k++) {
            sum += (long) k * values.get(k);
        }
        assertThat(sum % 103).as("check symbol").isEqualTo(check);

        StringBuilder text = new StringBuilder();
        boolean setC = values.get(0) == Code128.START_C;
        assertThat(new HashSet<>(List.of(Code128.START_B, Code128.START_C))).contains(values.get(0));
        for (int value : values.subList(1, values.size() - 2)) {
            if (value == Code128.CODE_C) {
                setC = true;
            } else if (value == Code128.CODE_B) {
                setC = false;
            } else if (setC) {
                text.append(String.format("%02d", value));
            } else {
                text.append((char) (value + ' '));
            }
        }
        return text.toString();
    }

    private static String bits(int value) {
        StringBuilder bits = new StringBuilder();
        String pattern = Code128.PATTERNS.get(value);
        for (int k = 0; k < pattern.length(); k++) {
            bits.append(String.valueOf(k % 2 == 0 ? '1' : '0').repeat(pattern.charAt(k) - '0'));
        }
        return bits.toString();
    }
}
