package dev.carriercontracts.mock.cj.catalogue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The variants freight is computed for. The mock does not hold CJ's catalogue: variants it does not list are,
 * by default, given a weight (50-1000 g) and a price (1.00-30.99 USD) derived from their id, so any vid quotes
 * the same every time.
 */
public final class Catalogue {

    /** A vid, SKU or tracking number starting with this is unknown to CJ on purpose (a magic value). */
    public static final String NOT_FOUND_PREFIX = "NOTFOUND";

    private final Map<String, Variant> byKey = new HashMap<>();
    private final boolean deriveUnknown;

    public Catalogue(CatalogueSettings settings) {
        for (Variant v : settings.variants()) {
            byKey.put(key(v.vid()), v);
            if (v.sku() != null) {
                byKey.put(key(v.sku()), v);
            }
        }
        this.deriveUnknown = !CatalogueSettings.REFUSE.equals(settings.unknownVariants());
    }

    public static boolean isMagicNotFound(String key) {
        return key != null && key.trim().toUpperCase(Locale.ROOT).startsWith(NOT_FOUND_PREFIX);
    }

    /** The variant with this vid or variant SKU; empty when CJ would answer "variant not found". */
    public Optional<Variant> variant(String vidOrSku) {
        if (vidOrSku == null || vidOrSku.isBlank() || isMagicNotFound(vidOrSku)) {
            return Optional.empty();
        }
        Variant known = byKey.get(key(vidOrSku));
        if (known != null) {
            return Optional.of(known);
        }
        return deriveUnknown ? Optional.of(derived(vidOrSku.trim())) : Optional.empty();
    }

    private static Variant derived(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        long hash = crc.getValue();
        int grams = 50 + (int) (hash % 96) * 10;
        BigDecimal price = BigDecimal.valueOf(100 + (hash / 96) % 3000, 2);
        return new Variant(id, id, id, grams, price);
    }

    private static String key(String id) {
        return id.trim().toUpperCase(Locale.ROOT);
    }
}
