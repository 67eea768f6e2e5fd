/** Records of the caller's own resources: who they are and their mailbox. */
package org.salessequences.api.me;
