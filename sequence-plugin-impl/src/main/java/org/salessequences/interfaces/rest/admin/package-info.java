/** Administration: the adjustable clock and injected faults, for tests and demos. */
package org.salessequences.interfaces.rest.admin;
