/** The one clock the plugin reads time from, adjustable for tests and demos. */
package org.salessequences.infrastructure.time;
