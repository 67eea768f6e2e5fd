/** The activities dashboard: reminders and tasks with their filters, sending and completing them. */
package org.salessequences.interfaces.rest.reminder;
