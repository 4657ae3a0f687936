package dev.carriercontracts.mock.cnexpress.waybill;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TextLayoutTest {

    /** Half an em for Latin, a full em for CJK: at size 10, 5 and 10 points. */
    private static final IntToDoubleFunction ADVANCE = cp -> cp >= 0x2E80 ? 1.0 : 0.5;
    private static final float SIZE = 10;

    @Test
    void latin_text_wraps_on_spaces() {
        assertThat(TextLayout.wrap("Sender Address in English", SIZE, ADVANCE, 60, 5, "…"))
                .containsExactly("Sender", "Address in", "English");
    }

    @Test
    void chinese_text_wraps_between_characters_but_keeps_digit_runs_together() {
        assertThat(TextLayout.wrap("黄浦江路33号黄浦江路33号", SIZE, ADVANCE, 30, 5, "…"))
                .containsExactly("黄浦江", "路33号", "黄浦江", "路33号");
    }

    @Test
    void text_beyond_the_last_line_is_cut_with_an_ellipsis_that_fits() {
        List<String> lines = TextLayout.wrap("黄浦江路33号".repeat(50), SIZE, ADVANCE, 60, 2, "…");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(60));
    }

    @Test
    void a_word_longer_than_the_box_is_broken_inside() {
        assertThat(TextLayout.wrap("AAAAAAAAAA", SIZE, ADVANCE, 20, 5, "…")).containsExactly("AAAA", "AAAA", "AA");
    }

    @Test
    void a_character_wider_than_the_box_still_gets_a_line_of_its_own() {
        assertThat(TextLayout.wrap("黄黄", SIZE, ADVANCE, 5, 5, "…")).containsExactly("黄", "黄");
    }

    @Test
    void blank_text_gives_no_line() {
        assertThat(TextLayout.wrap("", SIZE, ADVANCE, 60, 3, "…")).isEmpty();
        assertThat(TextLayout.wrap("   ", SIZE, ADVANCE, 60, 3, "…")).isEmpty();
        assertThat(TextLayout.truncate("", SIZE, ADVANCE, 60, "…")).isEmpty();
    }

    @Test
    void text_that_fits_is_left_alone() {
        assertThat(TextLayout.truncate("TEST000000001", SIZE, ADVANCE, 100, "…")).isEqualTo("TEST000000001");
    }

    @Test
    void a_one_line_field_shrinks_to_fit_down_to_a_minimum() {
        String twentyChars = "TEST0000000000000001";

        assertThat(TextLayout.fitSize(twentyChars, ADVANCE, 200, 20, 7)).isEqualTo(20f);
        assertThat(TextLayout.fitSize(twentyChars, ADVANCE, 100, 20, 7)).isEqualTo(10f);
        assertThat(TextLayout.fitSize(twentyChars, ADVANCE, 10, 20, 7)).isEqualTo(7f);
    }

    private static double width(String line) {
        return line.codePoints().mapToDouble(ADVANCE::applyAsDouble).sum() * SIZE;
    }
}
