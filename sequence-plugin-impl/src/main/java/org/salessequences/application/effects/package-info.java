/**
 * Carrying out the outbox: each kind of side effect (email, email reminder, task, text message, host update)
 * done after the run's transaction committed, retried with backoff when it fails, and recorded on its step
 * execution when it gives up.
 */
package org.salessequences.application.effects;
