/** Records of a contact's sequence timeline. */
package org.salessequences.api.activity;
