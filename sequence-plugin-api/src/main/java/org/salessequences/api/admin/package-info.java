/** Records of the admin API: the adjustable clock and injected faults of test installations. */
@JsonbNillable
package org.salessequences.api.admin;

import jakarta.json.bind.annotation.JsonbNillable;
