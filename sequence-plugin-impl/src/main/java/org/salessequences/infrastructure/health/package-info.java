/** MicroProfile Health checks behind {@code /health}. */
package org.salessequences.infrastructure.health;
