/**
 * Time rules of sequences: when a sequence runs next (time and time zone, weekends, public holidays, daylight-saving
 * changes, smart intervals), on which date a classic step falls due (calendar days or run days), and the same rules
 * in each contact's own time zone for sequences that send in the recipient's time zone.
 */
package org.salessequences.domain.model.schedule;
