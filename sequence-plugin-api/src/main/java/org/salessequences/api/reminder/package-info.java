/** Records of the activities dashboard: reminders and tasks, their filters, sending and completing them. */
@JsonbNillable
package org.salessequences.api.reminder;

import jakarta.json.bind.annotation.JsonbNillable;
