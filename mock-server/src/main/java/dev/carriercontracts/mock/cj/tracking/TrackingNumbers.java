package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.cj.catalogue.Catalogue;
import dev.carriercontracts.mock.cj.freight.Channel;
import dev.carriercontracts.mock.cj.freight.Country;
import dev.carriercontracts.mock.cj.freight.RateTable;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What the mock reads from a tracking number, deterministically: the channel whose tracking prefix it starts
 * with (else one picked by a hash of the number), a destination among the countries that channel serves, a
 * last-mile number, and its {@link Fate}. A number that starts with {@code NOTFOUND} or has no digit other than
 * {@code 0} (e.g. {@code CJPKL0000000000XX}) is unknown to CJ.
 */
public final class TrackingNumbers {

    private final RateTable table;
    private final List<Channel> byPrefixLength;

    public TrackingNumbers(RateTable table) {
        this.table = table;
        this.byPrefixLength = table.channels().stream()
                .sorted(Comparator.comparingInt((Channel c) -> c.tracking().prefix().length()).reversed())
                .toList();
    }

    public static boolean isUnknown(String trackNumber) {
        return Catalogue.isMagicNotFound(trackNumber) || trackNumber.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    public ParcelFacts facts(String trackNumber) {
        long hash = hash(trackNumber);
        Channel channel = channel(trackNumber, hash);
        List<Country> destinations = table.destinations(channel);
        // other bits of the hash than the channel pick uses
        Country to = destinations.get((int) ((hash / 11) % destinations.size()));
        return new ParcelFacts(channel.name(), channel.rates().get(0).from(), to.code(), Fate.of(trackNumber),
                channel.tracking().lastMileCarrier(), lastMileNumber(channel, hash));
    }

    private Channel channel(String trackNumber, long hash) {
        String upper = trackNumber.toUpperCase(Locale.ROOT);
        for (Channel c : byPrefixLength) {
            if (upper.startsWith(c.tracking().prefix().toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        List<Channel> channels = table.channels();
        return channels.get((int) (hash % channels.size()));
    }

    /** The last-mile carrier's number: its prefix, then digits from the hash, 15 characters in all (as in the seed). */
    private static String lastMileNumber(Channel channel, long hash) {
        String prefix = channel.tracking().lastMilePrefix();
        int digits = Math.max(6, 15 - prefix.length());
        String body = Long.toString(Math.floorMod(hash * 2_654_435_761L, (long) Math.pow(10, Math.min(digits, 18))));
        return prefix + "0".repeat(Math.max(0, digits - body.length())) + body;
    }

    private static long hash(String trackNumber) {
        CRC32 crc = new CRC32();
        crc.update(trackNumber.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
