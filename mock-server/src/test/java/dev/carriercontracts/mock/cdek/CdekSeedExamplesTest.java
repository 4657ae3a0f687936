package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's own examples, sent as it shows them, get the answers it documents: its sample order
 * (the spec's createOrder example) is created and reported like sample 1, an order between the
 * cities of sample 2 travels through the same cities, and the python sample's GET with a JSON body
 * is answered.
 */
class CdekSeedExamplesTest {

    private static JsonNode specCreateOrderExample() throws IOException {
        try (InputStream in = CdekSeedExamplesTest.class.getClassLoader().getResourceAsStream(CdekServer.SPEC)) {
            JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
            return spec.at("/paths/~1orders/post/requestBody/content/application~1json/example");
        }
    }

    @Test
    void the_seeds_sample_order_is_created_and_reported_as_in_sample_1() throws IOException {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient client = cdek.client();
            JsonNode example = specCreateOrderExample();
            assertThat(example.path("number").asText()).isEqualTo("TEST6-CT789435359CN");

            HttpResult accepted = client.post("/orders").json(example.toString()).send();
            assertThat(accepted.status()).isEqualTo(202);
            assertThat(accepted.json().path("requests").get(0).path("state").asText()).isEqualTo("ACCEPTED");
            cdek.advance(CdekServer.PROCESSING);

            JsonNode info = order(client, accepted.json().path("entity").path("uuid").asText());
            JsonNode entity = info.path("entity");
            assertThat(info.path("requests").get(0).path("type").asText()).isEqualTo("CREATE");
            assertThat(info.path("requests").get(0).path("state").asText()).isEqualTo("SUCCESSFUL");
            assertThat(entity.path("cdek_number").asText()).isNotBlank();
            assertThat(entity.path("statuses").findValuesAsText("code")).containsExactly("ACCEPTED", "CREATED");
            assertThat(entity.path("statuses").findValuesAsText("name")).containsExactly("Принят", "Создан");
            assertThat(entity.path("statuses").findValuesAsText("city")).containsExactly("Офис СДЭК", "Офис СДЭК");
            assertThat(entity.path("recipient").path("phones").findValuesAsText("number")).containsExactly("9990001234", "9990003456");
            JsonNode from = entity.path("from_location");
            assertThat(from.path("longitude").decimalValue()).isEqualByComparingTo("121.470462");
            assertThat(from.path("latitude").decimalValue()).isEqualByComparingTo("31.230863");
            assertThat(from.path("region").asText()).isEqualTo("Шанхай");
            assertThat(from.path("region_code").asInt()).isEqualTo(906);
            assertThat(from.path("country").asText()).isEqualTo("Китай (КНР)");
            JsonNode to = entity.path("to_location");
            assertThat(to.path("fias_guid").asText()).isEqualTo("bb035cc3-1dc2-4627-9d25-a1bf2d4b936b");
            assertThat(to.path("kladr_code").asText()).isEqualTo("6300000100000");
            assertThat(to.path("region_code").asInt()).isEqualTo(57);
            assertThat(to.path("sub_region").asText()).isEqualTo("Самара");
            assertThat(to.path("country").asText()).isEqualTo("Россия");
            assertThat(entity.path("shop_seller_name").asText()).isEqualTo("Zhang san");
            assertThat(entity.path("shop_seller_address").asText()).isEqualTo("Shanghai, Changning District");
        }
    }

    @Test
    void an_order_from_moscow_to_irkutsk_travels_through_the_cities_of_sample_2() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient client = cdek.client();
            String uuid = register(client, Orders.with(o -> {
                o.remove("type");
                o.put("number", "5002234627011111");
                o.put("tariff_code", 239);
                o.putObject("from_location").put("code", 44);
                o.putObject("to_location").put("code", 281);
            }));

            cdek.advance(CdekServer.PROCESSING.plus(CdekServer.STEP.multipliedBy(11)));

            JsonNode statuses = order(client, uuid).path("entity").path("statuses");
            assertThat(statuses.get(1).path("code").asText()).isEqualTo("CREATED");
            assertThat(statuses.get(2).path("city").asText()).isEqualTo("Москва");
            assertThat(statuses.get(6).path("code").asText()).isEqualTo("ACCEPTED_IN_TRANSIT_CITY");
            assertThat(statuses.get(6).path("city").asText()).isEqualTo("Красноярск");
            assertThat(statuses.get(12).path("code").asText()).isEqualTo("ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE");
            assertThat(statuses.get(12).path("name").asText()).isEqualTo("Принят на склад доставки");
            assertThat(statuses.get(12).path("city").asText()).isEqualTo("Иркутск");
        }
    }

    @Test
    void the_python_samples_get_with_a_json_body_is_answered() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient client = cdek.client();
            String uuid = register(client, Orders.VALID);

            // requests.get(url, json=order_data, headers={'Authorization': 'Bearer ...', 'Content-type': 'application/json'})
            HttpResult answer = client.get("/orders/" + uuid).json(Orders.VALID).expectInvalidRequest().send();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("entity").path("uuid").asText()).isEqualTo(uuid);
        }
    }
}
