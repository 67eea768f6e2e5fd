/**
 * The endpoints the recipients of sent emails reach, outside {@code /api/v1} and without a user token (the
 * signed token in the path is the authorisation): the open pixel, click redirects and the unsubscribe page.
 * Plain servlets, so that they do not share the API's JAX-RS application, filters and path matching.
 */
package org.salessequences.interfaces.web;
