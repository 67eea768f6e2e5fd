/** Records of the run endpoints: starting a sequence run and polling its progress. */
@JsonbNillable
package org.salessequences.api.run;

import jakarta.json.bind.annotation.JsonbNillable;
