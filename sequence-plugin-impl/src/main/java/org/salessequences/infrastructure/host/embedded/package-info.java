/**
 * The embedded host CRM: contacts, accounts, saved views, activities and tasks in the plugin's own tables, read
 * and written with plain JDBC on {@code jdbc/__default}. Lists page by keyset (the cursor is the last id), and saved
 * views are condition groups translated to SQL, so nothing is filtered or held in memory beyond one page.
 */
package org.salessequences.infrastructure.host.embedded;
