package dev.carriercontracts.contract.readme;

import dev.carriercontracts.client.cj.CjClient;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.model.FreightCalculateRequest;
import dev.carriercontracts.client.cj.model.FreightQuote;
import dev.carriercontracts.client.cj.model.VariantQuantity;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's CJ example: a freight quote per channel for two units of a variant, cheapest first. */
@CarrierMock(start = "2026-03-02T08:00:00Z")
class CjReadmeExampleTest {

    @Test
    void the_example_quotes_freight_cheapest_channel_first(MockServer server) {
        String baseUrl = server.baseUrl(Carrier.CJ);
        // README cj
        CjLogisticsApi cj = CjClient.create(baseUrl, "cj-test-access-token");
        List<FreightQuote> quotes = cj.freightCalculate(new FreightCalculateRequest()
                .startCountryCode("US").endCountryCode("US")   // from CJ's US warehouse to a US customer
                .products(List.of(new VariantQuantity().vid("439FC05B-1311-4349-87FA-1E1EF942C418").quantity(2))))
                .getData();                                      // one quote per channel, cheapest first
        FreightQuote cheapest = quotes.get(0);
        String offer = cheapest.getLogisticName() + ": " + cheapest.getLogisticPrice() + " USD, "
                + cheapest.getLogisticAging() + " days";         // "USPS+: 4.71 USD, 2-5 days"
        // README end
        assertThat(offer).isEqualTo("USPS+: 4.71 USD, 2-5 days");
        assertThat(cheapest.getLogisticPriceCn()).isEqualByComparingTo("30.54");
        assertThat(quotes).extracting(FreightQuote::getLogisticPrice).isSortedAccordingTo(Comparator.naturalOrder());
    }
}
