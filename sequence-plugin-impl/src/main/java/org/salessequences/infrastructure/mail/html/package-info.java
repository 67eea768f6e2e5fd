/**
 * The HTML of a sent email, read once in time linear in its length: link targets replaced where the rep's markup
 * has them (everything else copied as written) and the plain-text alternative built from the same events.
 */
package org.salessequences.infrastructure.mail.html;
