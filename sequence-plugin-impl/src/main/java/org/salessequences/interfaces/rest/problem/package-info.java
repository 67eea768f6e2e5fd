/**
 * Every error of the API as an RFC 9457 {@code application/problem+json} document, from whichever layer it
 * comes; unexpected failures are logged with an incident id and answered without internals.
 */
package org.salessequences.interfaces.rest.problem;
