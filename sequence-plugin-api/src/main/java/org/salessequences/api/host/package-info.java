/**
 * Request and response bodies of the host-data endpoints ({@code /api/v1/host/...}) through which the embedded
 * host CRM is filled: accounts, contacts, CSV imports and saved views.
 */
@JsonbNillable
package org.salessequences.api.host;

import jakarta.json.bind.annotation.JsonbNillable;
