/** Enrollments: a contact's passage through one sequence, from enrollment to completion or exit. */
package org.salessequences.domain.model.enrollment;
