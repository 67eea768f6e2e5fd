/** Velocity: parsing, checking and rendering of message templates. Velocity types never leave this package. */
package org.salessequences.infrastructure.templating.velocity;
