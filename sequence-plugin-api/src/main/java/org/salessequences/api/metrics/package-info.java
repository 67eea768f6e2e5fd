/** Records of a sequence's metrics: its enrollments by outcome and each step's funnel. */
package org.salessequences.api.metrics;
