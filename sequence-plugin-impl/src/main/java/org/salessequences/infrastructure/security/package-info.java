/**
 * Verification of the host's HS256 bearer tokens and of signed payloads, and the command that mints tokens
 * for admins and tests. Secrets never leave this package in a log line or a response.
 */
package org.salessequences.infrastructure.security;
