/** Records of inbound events: what the host reports about contacts and sent emails ({@code POST /api/v1/events}). */
@JsonbNillable
package org.salessequences.api.event;

import jakarta.json.bind.annotation.JsonbNillable;
