package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/** Each CDEK client sees only its own orders; another client's order is simply not found. */
class CdekIsolationTest {

    @Test
    void another_clients_order_is_not_found() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient first = cdek.client();
            SpecCheckedClient second = cdek.otherClient();
            String uuid = register(first, Orders.VALID);

            assertThat(second.get("/orders/" + uuid).send().status()).isEqualTo(404);
            assertThat(order(first, uuid).path("entity").path("uuid").asText()).isEqualTo(uuid);
        }
    }

    @Test
    void resetting_one_client_leaves_the_others_orders() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient first = cdek.client();
            SpecCheckedClient second = cdek.otherClient();
            String mine = register(first, Orders.VALID);
            String theirs = register(second, Orders.VALID);

            cdek.admin().post("/reset").query("carrier", "cdek").query("credential", CdekServer.OTHER_CLIENT_ID).send();

            assertThat(first.get("/orders/" + mine).send().status()).isEqualTo(200);
            SpecCheckedClient renewed = cdek.otherClient();
            assertThat(renewed.get("/orders/" + theirs).send().status()).isEqualTo(404);
        }
    }
}
