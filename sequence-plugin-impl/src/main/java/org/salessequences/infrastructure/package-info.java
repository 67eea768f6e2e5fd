/** Technical adapters: persistence, security, templating, mail, host CRM adapters, time. */
package org.salessequences.infrastructure;
