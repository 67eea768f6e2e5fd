/** Message templates. */
package org.salessequences.infrastructure.templating;
