package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.util.List;

/**
 * A logistics option CJ offers, with its prices per route.
 *
 * @param name           the English name quoted as {@code logisticName}/{@code logisticsName} (at most 20 characters)
 * @param code           the channel code, {@code logisticsModel} in merchant quotes
 * @param priceIncreases CJ's markup in percent over the base freight ({@code 115}: +15 %)
 * @param reSort         CJ's sort key, sent as is
 * @param message        notice shown with detailed quotes
 * @param maxWeightGrams heavier goods cannot use the channel
 * @param requires       recipient fields the channel checks ({@code ruleTipTypes})
 */
public record Channel(String name, String cnName, String code, String optionId, ChannelLine channel, int priceIncreases,
                      String reSort, String message, boolean supportsIoss, int maxWeightGrams, List<String> requires,
                      List<Rate> rates, TrackingLine tracking) {

    /** The channel's rate from {@code from} to this country, or null when it does not serve the route. */
    public Rate rate(String from, Country destination) {
        for (Rate rate : rates) {
            if (rate.serves(from, destination)) {
                return rate;
            }
        }
        return null;
    }

    public boolean carries(BigDecimal grams) {
        return grams.compareTo(BigDecimal.valueOf(maxWeightGrams)) <= 0;
    }
}
