package dev.carriercontracts.mock.journal;

import dev.carriercontracts.mock.http.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JournalBodyTest {

    private final SecretMasker masker = new SecretMasker(JsonMapper.create());

    private JournalBody body(String text, String contentType, int maxChars) {
        return JournalBody.of(text.getBytes(StandardCharsets.UTF_8), contentType, masker, maxChars);
    }

    @Test
    void a_json_body_is_read_back_decoded_with_its_secrets_masked() {
        JournalBody body = body("{\"receiver_name\":\"张三\",\"client_secret\":\"s3cr3t\"}", "application/json", 1000);

        assertThat(body.text()).contains("\"receiver_name\":\"张三\"").contains("\"client_secret\":\"****\"")
                .doesNotContain("s3cr3t");
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void a_form_body_is_read_back_with_its_secrets_masked() {
        JournalBody body = body("grant_type=client_credentials&client_secret=s3cr3t", "application/x-www-form-urlencoded", 1000);

        assertThat(body.text()).isEqualTo("grant_type=client_credentials&client_secret=****");
    }

    @Test
    void a_body_over_the_limit_is_cut_and_says_so() {
        JournalBody body = body("x".repeat(100), "text/plain", 64);

        assertThat(body.text()).hasSize(64);
        assertThat(body.truncated()).isTrue();
    }

    @Test
    void a_body_over_the_limit_in_bytes_but_not_in_characters_is_kept_whole() {
        String chinese = "爱他美奶粉".repeat(10); // 50 characters, 150 bytes
        JournalBody body = body(chinese, "text/plain", 64);

        assertThat(body.text()).isEqualTo(chinese);
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void the_secret_is_masked_even_when_the_cut_would_have_left_it_unparseable() {
        String json = "{\"api_key\":\"k-123456\",\"note\":\"" + "y".repeat(200) + "\"}";
        JournalBody body = body(json, "application/json", 40);

        assertThat(body.text()).hasSize(40).doesNotContain("k-123456");
        assertThat(body.truncated()).isTrue();
    }

    @Test
    void no_body_reads_as_empty() {
        assertThat(JournalBody.of(null, "application/json", masker, 10).text()).isEmpty();
        assertThat(JournalBody.of(new byte[0], "application/json", masker, 10).truncated()).isFalse();
    }
}
