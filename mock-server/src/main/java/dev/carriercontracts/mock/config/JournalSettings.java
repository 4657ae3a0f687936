package dev.carriercontracts.mock.config;

/**
 * The {@code server.journal} section.
 *
 * @param maxEntries   the journal keeps the newest entries only (a ring buffer of this size)
 * @param maxBodyChars request bodies are recorded up to this many characters
 */
public record JournalSettings(int maxEntries, int maxBodyChars) {
}
