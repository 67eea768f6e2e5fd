/** The REST API under {@code /api/v1}: thin resources over the application services. */
package org.salessequences.interfaces.rest;
