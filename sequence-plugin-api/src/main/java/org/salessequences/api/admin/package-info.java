/** Records of the admin API: the adjustable clock and injected faults of test installations. */
package org.salessequences.api.admin;
