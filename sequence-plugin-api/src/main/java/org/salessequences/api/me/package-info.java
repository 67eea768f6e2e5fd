/** Records of the caller's own resources: who they are and their mailbox (passwords are write-only). */
package org.salessequences.api.me;
