/**
 * Time rules of sequences: when a sequence runs next (time and time zone, weekends, daylight-saving changes,
 * smart intervals) and on which date a classic step falls due (calendar or business days).
 */
package org.salessequences.domain.model.schedule;
