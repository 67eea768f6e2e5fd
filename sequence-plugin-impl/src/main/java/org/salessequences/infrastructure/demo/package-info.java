/** The demo's story: sequences that have already run for a simulated week when a newcomer first opens the demo. */
package org.salessequences.infrastructure.demo;
