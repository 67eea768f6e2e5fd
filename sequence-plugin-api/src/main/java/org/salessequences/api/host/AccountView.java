package org.salessequences.api.host;

import java.util.Map;

/** An account of the embedded host, as stored. */
public record AccountView(String id, String name, String domain, String city, String country, String industry,
                          Map<String, String> fields) {
}
