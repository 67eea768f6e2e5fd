/**
 * The data of the embedded host CRM as the host-data use cases write it: accounts, contacts (created or upserted
 * by email in batches), saved views, and what the plugin logged on contacts.
 */
package org.salessequences.domain.model.host;
