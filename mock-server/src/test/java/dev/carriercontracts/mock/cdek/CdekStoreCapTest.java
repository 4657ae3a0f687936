package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/** Above the store's cap the oldest finished orders are dropped first, then the oldest unfinished; the newest stay. */
class CdekStoreCapTest {

    private static int status(SpecCheckedClient client, String uuid) {
        return client.get("/orders/" + uuid).send().status();
    }

    @Test
    void the_oldest_finished_order_goes_first_then_the_oldest_unfinished() {
        try (CdekServer cdek = CdekServer.start("server: {stores: {maxEntitiesPerCarrier: 3}}\n")) {
            SpecCheckedClient client = cdek.client();
            String unfinished = register(client, Orders.VALID);
            String invalid = register(client, Orders.with(o -> o.put("tariff_code", 1)));
            cdek.advance(CdekServer.PROCESSING);   // invalid is now finished (INVALID), unfinished is CREATED
            String third = register(client, Orders.VALID);

            String fourth = register(client, Orders.VALID);

            assertThat(status(client, invalid)).isEqualTo(404);
            assertThat(status(client, unfinished)).isEqualTo(200);
            assertThat(status(client, third)).isEqualTo(200);
            assertThat(status(client, fourth)).isEqualTo(200);

            String fifth = register(client, Orders.VALID);

            assertThat(status(client, unfinished)).isEqualTo(404);
            assertThat(status(client, third)).isEqualTo(200);
            assertThat(status(client, fourth)).isEqualTo(200);
            assertThat(status(client, fifth)).isEqualTo(200);
            assertThat(cdek.entities()).hasSize(6);
        }
    }
}
