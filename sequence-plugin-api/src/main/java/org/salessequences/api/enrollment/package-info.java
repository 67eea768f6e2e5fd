/** Records of enrollments: adding records to a sequence by hand, listing, pausing, resuming and removing them. */
@JsonbNillable
package org.salessequences.api.enrollment;

import jakarta.json.bind.annotation.JsonbNillable;
