package dev.carriercontracts.mock.config;

/**
 * The {@code server} section.
 *
 * @param maxBodyBytes  requests with a larger body are refused (413 in the carrier's format)
 * @param journal       bounds of the request journal
 * @param maxStoredEntitiesPerCarrier cap on what a carrier keeps (oldest finished entities dropped first)
 */
public record ServerSettings(int port, String host, long maxBodyBytes, JournalSettings journal, int maxStoredEntitiesPerCarrier) {

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(newPort, host, maxBodyBytes, journal, maxStoredEntitiesPerCarrier);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(port, newHost, maxBodyBytes, journal, maxStoredEntitiesPerCarrier);
    }

    public ServerSettings withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerSettings(port, host, newMaxBodyBytes, journal, maxStoredEntitiesPerCarrier);
    }

    public ServerSettings withJournal(JournalSettings newJournal) {
        return new ServerSettings(port, host, maxBodyBytes, newJournal, maxStoredEntitiesPerCarrier);
    }
}
