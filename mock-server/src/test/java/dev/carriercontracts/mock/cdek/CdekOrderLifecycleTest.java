package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.cdek.CdekServer.STEP;
import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A created order travels through the seed's status codes one {@code delays.step} apart and ends
 * DELIVERED, or NOT_DELIVERED with the reason its number asks for; nothing moves without the clock.
 */
class CdekOrderLifecycleTest {

    /** Everything from registration to the last status with the default delays: 2 s + 13 steps. */
    private static final Duration WHOLE_TRIP = CdekServer.PROCESSING.plus(STEP.multipliedBy(13));
    private static final List<String> TO_THE_RECIPIENT_CITY = List.of("ACCEPTED", "CREATED", "RECEIVED_AT_SENDER_WAREHOUSE",
            "READY_FOR_SHIPMENT_IN_SENDER_CITY", "TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY", "SENT_TO_TRANSIT_CITY",
            "ACCEPTED_IN_TRANSIT_CITY", "ACCEPTED_AT_TRANSIT_WAREHOUSE", "READY_FOR_SHIPMENT_IN_TRANSIT_CITY",
            "TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY", "SENT_TO_RECIPIENT_CITY", "ARRIVED_AT_RECIPIENT_CITY",
            "ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE");

    private static CdekServer cdek;
    private static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        cdek = CdekServer.start();
    }

    @AfterAll
    static void stop() {
        cdek.close();
    }

    @BeforeEach
    void reset() {
        cdek.server.admin().resetAll();
        cdek.server.clock().set(CdekServer.START);
        client = cdek.client();
    }

    private static JsonNode statuses(String uuid) {
        return order(client, uuid).path("entity").path("statuses");
    }

    private static List<String> codes(JsonNode statuses) {
        return statuses.findValuesAsText("code");
    }

    private static JsonNode last(JsonNode statuses) {
        return statuses.get(statuses.size() - 1);
    }

    @Test
    void a_created_order_is_delivered_by_courier_through_every_status_of_the_normal_path() {
        String uuid = register(client, Orders.VALID);

        cdek.advance(WHOLE_TRIP);

        JsonNode statuses = statuses(uuid);
        assertThat(codes(statuses)).containsExactlyElementsOf(concat(TO_THE_RECIPIENT_CITY, "TAKEN_BY_COURIER", "DELIVERED"));
        assertThat(last(statuses).path("name").asText()).isEqualTo("Вручен");
        assertThat(last(statuses).has("reason_code")).isFalse();
        assertThat(last(statuses).path("date_time").asText()).isEqualTo("2026-03-02T15:04:22+0700");
    }

    @Test
    void each_status_is_set_where_it_happens() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(WHOLE_TRIP);

        JsonNode statuses = statuses(uuid);

        assertThat(statuses.get(2).path("city").asText()).isEqualTo("Шанхай");          // RECEIVED_AT_SENDER_WAREHOUSE
        assertThat(statuses.get(6).path("city").asText()).isEqualTo("Красноярск");      // ACCEPTED_IN_TRANSIT_CITY
        assertThat(statuses.get(11).path("city").asText()).isEqualTo("Самара");         // ARRIVED_AT_RECIPIENT_CITY
    }

    @Test
    void the_statuses_come_one_step_apart_and_nothing_moves_between_steps() {
        String uuid = register(client, Orders.VALID);

        cdek.advance(CdekServer.PROCESSING.plus(STEP).minusSeconds(1));
        assertThat(codes(statuses(uuid))).containsExactly("ACCEPTED", "CREATED");

        cdek.advance(Duration.ofSeconds(1));
        assertThat(codes(statuses(uuid))).containsExactly("ACCEPTED", "CREATED", "RECEIVED_AT_SENDER_WAREHOUSE");
        assertThat(last(statuses(uuid)).path("date_time").asText()).isEqualTo("2026-03-02T15:00:22+0700");
    }

    @Test
    void the_step_delay_is_configurable() {
        try (CdekServer fast = CdekServer.start("carriers: {cdek: {delays: {waiting: PT0S, processing: PT1S, step: PT1S}}}\n")) {
            SpecCheckedClient c = fast.client();
            String uuid = register(c, Orders.VALID);

            fast.advance(Duration.ofSeconds(14));

            assertThat(codes(order(c, uuid).path("entity").path("statuses"))).endsWith("DELIVERED");
        }
    }

    @Test
    void an_order_with_a_delivery_point_waits_at_the_pick_up_point_then_is_delivered() {
        String uuid = register(client, Orders.with(o -> o.put("delivery_point", "SMR12")));

        cdek.advance(WHOLE_TRIP);

        assertThat(codes(statuses(uuid))).containsExactlyElementsOf(concat(TO_THE_RECIPIENT_CITY, "ACCEPTED_AT_PICK_UP_POINT", "DELIVERED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "11", "19", "21", "26", "27"})
    void a_not_delivered_number_ends_not_delivered_with_that_reason(String reason) {
        String uuid = register(client, Orders.withNumber("NOT_DELIVERED-" + reason));

        cdek.advance(WHOLE_TRIP);

        JsonNode statuses = statuses(uuid);
        assertThat(codes(statuses)).containsExactlyElementsOf(concat(TO_THE_RECIPIENT_CITY, "TAKEN_BY_COURIER", "NOT_DELIVERED"));
        assertThat(last(statuses).path("reason_code").asText()).isEqualTo(reason);
        assertThat(last(statuses).path("name").asText()).isEqualTo("Не вручен");
    }

    @Test
    void a_not_delivered_number_may_carry_a_suffix_to_stay_unique() {
        String uuid = register(client, Orders.withNumber("NOT_DELIVERED-26-A42"));

        cdek.advance(WHOLE_TRIP);

        assertThat(last(statuses(uuid)).path("reason_code").asText()).isEqualTo("26");
    }

    @Test
    void a_not_delivered_order_collected_at_a_pick_up_point_ends_there() {
        String uuid = register(client, Orders.with(o -> o.put("delivery_point", "SMR12").put("number", "NOT_DELIVERED-23")));

        cdek.advance(WHOLE_TRIP);

        assertThat(codes(statuses(uuid))).endsWith("ACCEPTED_AT_PICK_UP_POINT", "NOT_DELIVERED");
        assertThat(last(statuses(uuid)).path("reason_code").asText()).isEqualTo("23");
    }

    @Test
    void a_delivered_20_number_ends_with_a_partial_delivery() {
        String uuid = register(client, Orders.withNumber("DELIVERED-20"));

        cdek.advance(WHOLE_TRIP);

        JsonNode last = last(statuses(uuid));
        assertThat(last.path("code").asText()).isEqualTo("DELIVERED");
        assertThat(last.path("reason_code").asText()).isEqualTo("20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT_DELIVERED-20", "NOT_DELIVERED-28", "DELIVERED-11", "NOT_DELIVERED", "not_delivered-11"})
    void a_number_that_names_no_valid_ending_is_an_ordinary_number(String number) {
        String uuid = register(client, Orders.withNumber(number));

        cdek.advance(WHOLE_TRIP);

        JsonNode last = last(statuses(uuid));
        assertThat(last.path("code").asText()).isEqualTo("DELIVERED");
        assertThat(last.has("reason_code")).isFalse();
    }

    @Test
    void a_delivered_order_stays_delivered() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(WHOLE_TRIP);

        cdek.advance(Duration.ofDays(30));
        client = cdek.client(); // the old token expired long ago

        assertThat(codes(statuses(uuid))).hasSize(15).endsWith("DELIVERED");
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
