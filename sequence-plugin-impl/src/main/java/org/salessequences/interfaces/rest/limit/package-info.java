/**
 * Bounds on what one request may send: every entity body is read through a counting stream set up before
 * authentication, so that a body larger than its endpoint's limit is refused with 413, declared or not.
 */
package org.salessequences.interfaces.rest.limit;
