/** Text message transports, chosen by {@code sequences.sms.adapter}. */
package org.salessequences.infrastructure.sms;
