package dev.carriercontracts.contract.readme;

import dev.carriercontracts.client.cdek.CdekClient;
import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.Contact;
import dev.carriercontracts.client.cdek.model.Location;
import dev.carriercontracts.client.cdek.model.ModelPackage;
import dev.carriercontracts.client.cdek.model.OrderAccepted;
import dev.carriercontracts.client.cdek.model.OrderInfo;
import dev.carriercontracts.client.cdek.model.OrderRequest;
import dev.carriercontracts.client.cdek.model.OrderStatusCode;
import dev.carriercontracts.client.cdek.model.OrderType;
import dev.carriercontracts.client.cdek.model.Phone;
import dev.carriercontracts.client.cdek.model.Request;
import dev.carriercontracts.client.cdek.model.RequestState;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.cdek.model.Status;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The README's CDEK example: the client fetches its OAuth token itself, registers an order, and the order read back
 * has its CDEK number once CDEK has processed the CREATE request.
 */
@CarrierMock(start = "2026-03-02T08:00:00Z")
class CdekReadmeExampleTest {

    @Test
    void the_example_fetches_its_own_token_and_registers_an_order_that_cdek_creates(MockServer server) {
        String baseUrl = server.baseUrl(Carrier.CDEK);
        // README cdek
        CdekApi cdek = CdekClient.create(baseUrl, "EMscd6r9JnFiQ3bLoyjJY6eM78JrJceI", "PjLZkKBHEiLK3YsjtNrt3TGNG0ahs3kG");
        OrderAccepted accepted = cdek.createOrder(new OrderRequest()   // the first call fetches the OAuth token
                .type(OrderType.DELIVERY).tariffCode(139)                // parcel, door to door
                .fromLocation(new Location().code(44).address("ul. Tverskaya, 7"))        // Moscow
                .toLocation(new Location().code(430).address("ul. Lenina, 35, kv. 28"))   // Samara
                .recipient(new Contact().name("Ivanov Sergei").phones(List.of(new Phone().number("+79094768888"))))
                .packages(List.of(new ModelPackage().number("BOX-1").weight(1500).length(30).width(20).height(10))));
        UUID uuid = accepted.getEntity().getUuid();   // answered at once: the CREATE request is ACCEPTED
        // ... two seconds later (the mock's default pace): the request is SUCCESSFUL, the order has its CDEK number
        OrderInfo order = cdek.getOrder(uuid);
        String cdekNumber = order.getEntity().getCdekNumber();
        // README end
        assertThat(accepted.getRequests()).extracting(Request::getType, Request::getState)
                .containsExactly(tuple(RequestType.CREATE, RequestState.ACCEPTED));
        assertThat(cdekNumber).isNull();

        List<RequestState> seen = new ArrayList<>();   // read back until the request is processed, a second at a time
        for (int second = 1; second <= 2; second++) {
            server.clock().advance(Duration.ofSeconds(1));
            order = cdek.getOrder(uuid);
            seen.add(order.getRequests().get(0).getState());
        }
        assertThat(seen).containsExactly(RequestState.WAITING, RequestState.SUCCESSFUL);
        assertThat(order.getRequests()).singleElement().extracting(Request::getType).isEqualTo(RequestType.CREATE);
        assertThat(order.getEntity().getCdekNumber()).matches("[0-9]{10}");
        assertThat(order.getEntity().getStatuses()).extracting(Status::getCode)
                .containsExactly(OrderStatusCode.ACCEPTED, OrderStatusCode.CREATED);
        server.journal().verify(Carrier.CDEK, "getToken").withStatus(200).once();
    }
}
