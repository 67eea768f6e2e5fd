/**
 * Application services: the use cases of the plugin, each a transaction boundary, with the caller passed in
 * explicitly so that user scope is enforced in one place per query. Interfaces here, implementations in
 * {@code application.internal}.
 */
package org.salessequences.application;
