package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;

/**
 * A country the rate table knows, as CJ names it in {@code srcArea}/{@code destArea}.
 *
 * @param code         ISO 3166-1 alpha-2, what requests send ({@code US})
 * @param id           CJ's country id ({@code 233} for the US in the seed)
 * @param zone         the rate zone it belongs to, e.g. {@code north-america}
 * @param vatRate      import VAT/GST charged on the goods' value when shipped in from another country; null: none
 * @param ioss         whether EU IOSS declaration applies to it
 * @param clearanceFee customs clearance handling fee in USD for goods shipped in; null: none
 * @param remoteArea   postcodes charged a remote-area surcharge; null: none
 */
public record Country(String code, String id, String cnName, String enName, String zone, BigDecimal vatRate,
                      boolean ioss, BigDecimal clearanceFee, RemoteArea remoteArea) {

    /** The remote-area surcharge in USD for this postcode (zero when it is not remote or unknown). */
    public BigDecimal remoteFee(String zip) {
        return remoteArea == null ? BigDecimal.ZERO : remoteArea.feeFor(zip);
    }
}
