/**
 * Hooks for testing the plugin as a whole, active only where the clock is adjustable (test and demo
 * installations): a fault that makes a run stage fail once, to prove runs restart without repeating work.
 */
package org.salessequences.infrastructure.testing;
