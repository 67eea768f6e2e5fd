/** The caller's own resources. */
package org.salessequences.interfaces.rest.me;
