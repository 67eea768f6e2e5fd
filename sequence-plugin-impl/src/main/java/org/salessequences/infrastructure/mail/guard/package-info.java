/**
 * Connections to reps' own mail servers, opened only where the mail host policy allows; and what their failures
 * tell the rep (a short reason and an incident id) as opposed to the log (everything the server said).
 */
package org.salessequences.infrastructure.mail.guard;
