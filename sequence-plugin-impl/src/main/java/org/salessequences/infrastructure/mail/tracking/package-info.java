/**
 * Open pixel, click redirect and unsubscribe: signed links written into sent emails, and what their endpoints do
 * when followed.
 */
package org.salessequences.infrastructure.mail.tracking;
