/**
 * Reproducible load scenarios: a harness that starts the built WAR on Payara Micro with a fixed heap, drives it over
 * HTTP and samples the server's own heap from {@code GET /metrics}, beside raw baselines measured in the same run.
 * Run on request only (see docs/benchmarks.md).
 */
package org.salessequences.benchmarks;
