/** Records of enrollments: adding records to a sequence by hand, listing, pausing, resuming and removing them. */
package org.salessequences.api.enrollment;
