/** Sequences and what hangs off them: runs, enrollments, metrics, versions. */
package org.salessequences.interfaces.rest.sequence;
