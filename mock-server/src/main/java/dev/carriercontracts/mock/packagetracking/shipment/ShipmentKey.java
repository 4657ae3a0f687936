package dev.carriercontracts.mock.packagetracking.shipment;

/**
 * What identifies a shipment: the account that queried it, the carrier code and the tracking number. The same
 * number queried by two accounts is two shipments.
 */
public record ShipmentKey(String credentialId, String expCode, String expNo) {

    /** Its id in the admin API, {@code expCode:expNo} (carrier codes never hold a colon), e.g. {@code shunfeng:SF1234567890}. */
    public String adminId() {
        return expCode + ":" + expNo;
    }
}
