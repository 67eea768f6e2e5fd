/**
 * Records of a sequence definition as the REST API reads and writes it. The same records serve requests and
 * responses: a response echoes the request with the server-assigned fields ({@code id}, {@code ownerId}, step ids
 * and positions, timestamps, {@code nextRunAt}) filled in. Enumerated values are carried as strings so that a
 * wrong value is reported as a validation error on its field rather than as an unreadable body.
 */
@JsonbNillable
package org.salessequences.api.sequence;

import jakarta.json.bind.annotation.JsonbNillable;
