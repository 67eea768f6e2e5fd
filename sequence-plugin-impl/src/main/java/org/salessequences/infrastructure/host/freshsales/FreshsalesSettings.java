package org.salessequences.infrastructure.host.freshsales;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Freshsales and how long to keep trying.
 *
 * @param baseUrl     the API root, e.g. {@code https://acme.myfreshworks.com/crm/sales/api}
 * @param apiKey      the API key; never logged, never in a message ({@link #toString()} hides it)
 * @param maxAttempts attempts per call, the first included, before a 429/5xx/network failure is given up
 * @param firstDelay  the wait after the first failure; it doubles with every attempt
 * @param maxDelay    the longest wait, also the longest {@code Retry-After} honoured
 * @param timeout     per request
 */
public record FreshsalesSettings(URI baseUrl, String apiKey, int maxAttempts, Duration firstDelay, Duration maxDelay,
                                 Duration timeout) {

    public FreshsalesSettings {
        if (baseUrl == null || apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the freshsales adapter needs sequences.freshsales.url and "
                    + "sequences.freshsales.apikey");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        String url = baseUrl.toString();
        baseUrl = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** Defaults for production: 5 attempts, waits from 1 s doubling up to 30 s, 30 s per request. */
    public static FreshsalesSettings of(URI baseUrl, String apiKey) {
        return new FreshsalesSettings(baseUrl, apiKey, 5, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return "FreshsalesSettings[baseUrl=" + baseUrl + ", apiKey=(hidden), maxAttempts=" + maxAttempts
                + ", firstDelay=" + firstDelay + ", maxDelay=" + maxDelay + ", timeout=" + timeout + "]";
    }
}
