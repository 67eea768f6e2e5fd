/** Records of a contact's sequence timeline. */
@JsonbNillable
package org.salessequences.api.activity;

import jakarta.json.bind.annotation.JsonbNillable;
