/**
 * The adapters of the host CRM port ({@link org.salessequences.spi.host.HostCrm}) and the choice between them by
 * {@code sequences.host.adapter}: {@code embedded} (the default) or {@code freshsales}.
 */
package org.salessequences.infrastructure.host;
