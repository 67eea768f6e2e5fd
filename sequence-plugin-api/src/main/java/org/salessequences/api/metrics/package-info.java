/** Records of a sequence's metrics: its enrollments by outcome and each step's funnel. */
@JsonbNillable
package org.salessequences.api.metrics;

import jakarta.json.bind.annotation.JsonbNillable;
