package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.cnexpress.wire.JsonOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written JSON of the answers: amounts as the carrier writes them, texts that any JSON reader reads back. */
class JsonOutTest {

    private static String written(JsonOut out) {
        return new String(out.toBytes(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"2000, 20.0", "1350, 13.5", "1325, 13.25", "5, 0.05", "0, 0.0", "104600, 1046.0", "-250, -2.5"})
    void amounts_in_hundredths_are_written_with_at_least_one_decimal(long hundredths, String text) {
        assertThat(written(new JsonOut(8).money(hundredths))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"0", "7", "-42", "9223372036854775807", "-9223372036854775808"})
    void whole_numbers_are_written_exactly(long value) {
        assertThat(written(new JsonOut(4).number(value))).isEqualTo(Long.toString(value));
    }

    @Test
    void any_text_reads_back_as_written() throws Exception {
        String text = "引号\"反斜杠\\ / 换行\n回车\r\t\b\f \u0000\u001f é 😀 " + "长".repeat(300);

        String json = written(new JsonOut(4).string(text));

        assertThat(new ObjectMapper().readTree(json).asText()).isEqualTo(text);
    }
}
