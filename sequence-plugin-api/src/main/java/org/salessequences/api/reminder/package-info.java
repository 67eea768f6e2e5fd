/** Records of the activities dashboard: reminders and tasks, their filters, sending and completing them. */
package org.salessequences.api.reminder;
