package dev.carriercontracts.mock.packagetracking.shipment;

/**
 * Where a shipment goes and who carries it: fixed when it is first queried (picked from the catalogue by its
 * number, so the same number always tells the same story) and filled into its traces.
 */
public record Places(String company, String origin, String hub, String destination, String courier, String phone) {

    public String fill(String template) {
        return template.replace("{company}", company)
                .replace("{origin}", origin)
                .replace("{hub}", hub)
                .replace("{destination}", destination)
                .replace("{courier}", courier)
                .replace("{phone}", phone);
    }
}
