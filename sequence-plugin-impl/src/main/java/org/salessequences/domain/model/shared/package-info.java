/** Small value types every aggregate uses, and the port for records kept as JSON documents. */
package org.salessequences.domain.model.shared;
