/**
 * Authentication and authorisation of REST calls: every call carries the host's bearer token unless its
 * resource says otherwise, and each resource method names the permission it needs.
 */
package org.salessequences.interfaces.rest.security;
