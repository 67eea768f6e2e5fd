/**
 * Validation of request documents into domain values, collecting one error per bad field (with its path in
 * the request body) so a caller learns everything that is wrong at once.
 */
package org.salessequences.application.validation;
