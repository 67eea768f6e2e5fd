/** Small value types every aggregate uses. */
package org.salessequences.domain.model.shared;
