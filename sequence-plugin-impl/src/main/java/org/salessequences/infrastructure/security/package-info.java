/**
 * The plugin's secrets, read and checked in one place ({@code ConfiguredSecrets}), and what uses them: verification
 * of the host's bearer tokens (Nimbus JOSE+JWT: HS256, or RS256 / ES256 with a public key), signed payloads, the
 * cipher of stored passwords, and the command that mints tokens for admins and tests. Secrets never leave this
 * package in a log line or a response.
 */
package org.salessequences.infrastructure.security;
