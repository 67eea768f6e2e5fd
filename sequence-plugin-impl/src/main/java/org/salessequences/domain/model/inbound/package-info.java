/**
 * What a message that arrived in a rep's inbox says, read from its text alone (no mail library): delivery reports
 * and their failed recipients, whether a failure is hard, soft or on the sender's side, and the return date an
 * out-of-office gives.
 */
package org.salessequences.domain.model.inbound;
