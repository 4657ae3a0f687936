package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cj.CjTestServer.SEED_VID;
import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** carriers.cj in the config: the rate table and catalogue can be changed, and a bad section is refused with its place. */
class CjConfigTest {

    private static final String US_TO_US = """
            {"startCountryCode": "US", "endCountryCode": "US", "products": [{"vid": "%s", "quantity": 2}]}
            """;

    @Test
    void a_config_file_can_change_one_rate_and_keep_the_rest() {
        try (MockServer server = CjTestServer.start("""
                carriers:
                  cj:
                    freight:
                      cnyPerUsd: 7.0
                """)) {
            var quote = data(CjTestServer.client(server).post("/logistic/freightCalculate").json(US_TO_US.formatted(SEED_VID)).send()).get(0);

            assertThat(quote.path("logisticPrice").decimalValue()).isEqualByComparingTo("4.71");
            assertThat(quote.path("logisticPriceCn").decimalValue()).isEqualByComparingTo("32.97");
        }
    }

    @Test
    void unknown_variants_can_be_refused_instead_of_derived() {
        try (MockServer server = CjTestServer.start("carriers: {cj: {catalogue: {unknownVariants: refuse}}}")) {
            var cj = CjTestServer.client(server);

            refused(cj.post("/logistic/freightCalculate").json(US_TO_US.formatted("0D8A2C6E-1111-4A4A-9C9C-000000000001")).send(), 200, 1602000);
            data(cj.post("/logistic/freightCalculate").json(US_TO_US.formatted(SEED_VID)).send());
        }
    }

    @Test
    void a_rate_table_of_ones_own_is_used() {
        try (MockServer server = CjTestServer.start("""
                carriers:
                  cj:
                    freight:
                      channels:
                        - name: Slow Boat
                          cnName: 慢船
                          code: SLOW
                          optionId: "1"
                          channel: {id: "2", cnName: 慢船, enName: Slow Boat Line}
                          priceIncreases: 100
                          reSort: "1"
                          maxWeightGrams: 5000
                          requires: []
                          rates:
                            - {from: CN, to: [US], firstWeightGrams: 0, firstPrice: 1.00, perGram: 0.01, aging: 30-60}
                          tracking: {prefix: SB, lastMileCarrier: USPS, lastMilePrefix: "94"}
                """)) {
            var quotes = data(CjTestServer.client(server).post("/logistic/freightCalculate").json("""
                    {"startCountryCode": "CN", "endCountryCode": "US", "products": [{"vid": "%s", "quantity": 2}]}
                    """.formatted(SEED_VID)).send());

            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.path("logisticName").asText()).isEqualTo("Slow Boat");
                assertThat(q.path("logisticPrice").decimalValue()).isEqualByComparingTo("3.10");
                assertThat(q.path("logisticAging").asText()).isEqualTo("30-60");
            });
        }
    }

    @Test
    void a_bad_section_is_refused_with_every_problem_and_its_place() {
        assertThatThrownBy(() -> CjTestServer.start("""
                carriers:
                  cj:
                    freight:
                      cnyPerUsd: 0
                      channels:
                        - name: A name longer than twenty characters
                          cnName: x
                          code: X
                          optionId: "1"
                          channel: {id: "2", cnName: x, enName: x}
                          priceIncreases: 100
                          reSort: "1"
                          maxWeightGrams: 0
                          requires: [fax]
                          rates:
                            - {from: XX, to: [atlantis], firstPrice: -1, perGram: 0.01, aging: 1-2}
                          tracking: {prefix: X, lastMileCarrier: Y, lastMilePrefix: "9"}
                """).close())
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::path)
                        .contains("/carriers/cj/freight/cnyPerUsd",
                                "/carriers/cj/freight/channels/0/name",
                                "/carriers/cj/freight/channels/0/maxWeightGrams",
                                "/carriers/cj/freight/channels/0/requires/0",
                                "/carriers/cj/freight/channels/0/rates/0/from",
                                "/carriers/cj/freight/channels/0/rates/0/to/0",
                                "/carriers/cj/freight/channels/0/rates/0/firstPrice"));
    }

    @Test
    void a_misspelt_key_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> CjTestServer.start("carriers: {cj: {catalogue: {variants: [{vid: V1, weightGram: 10, priceUsd: 1}]}}}").close())
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::path).containsExactly("/carriers/cj/catalogue/variants/0/weightGram"));
    }

    @Test
    void a_wrong_type_and_a_bad_expiry_are_refused() {
        assertThatThrownBy(() -> CjTestServer.start("""
                carriers:
                  cj:
                    credentials: [{id: a, secret: b, attributes: {expiresAt: tomorrow}}]
                    catalogue: {unknownVariants: guess, variants: [{vid: V1, weightGrams: heavy, priceUsd: 1}]}
                """).close())
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::path)
                        .containsExactlyInAnyOrder("/carriers/cj/catalogue/variants/0/weightGrams", "/carriers/cj/credentials/0/attributes/expiresAt"));
    }
}
