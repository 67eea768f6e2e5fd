/**
 * Records of the demo mailbox ({@code GET /api/v1/dev-mailbox}): the emails the built-in mail sink kept instead of
 * sending them, rendered and with their headers.
 */
@JsonbNillable
package org.salessequences.api.devmailbox;

import jakarta.json.bind.annotation.JsonbNillable;
