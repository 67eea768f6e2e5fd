/**
 * The built-in mail sink ({@code sequences.mail.transport=sink}): what would have been sent is kept as full MIME in
 * the plugin's database and read back as the demo mailbox.
 */
package org.salessequences.infrastructure.mail.sink;
