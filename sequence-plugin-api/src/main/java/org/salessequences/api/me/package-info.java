/** Records of the caller's own resources: who they are and their mailbox (passwords are write-only). */
@JsonbNillable
package org.salessequences.api.me;

import jakarta.json.bind.annotation.JsonbNillable;
