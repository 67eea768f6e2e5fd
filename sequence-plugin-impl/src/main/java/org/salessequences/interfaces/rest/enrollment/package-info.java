/** Pausing, resuming and removing one enrollment. */
package org.salessequences.interfaces.rest.enrollment;
