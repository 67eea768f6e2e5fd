/**
 * The contract kit of the host port: {@link org.salessequences.spi.host.kit.HostCrmContractTest}, the JUnit 5 tests
 * every {@link org.salessequences.spi.host.HostCrm} adapter passes whatever host is behind it. An adapter module
 * depends on this one in test scope and extends the class with its own host (see docs/hosts.md).
 */
package org.salessequences.spi.host.kit;
