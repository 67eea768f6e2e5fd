/** Aggregates of the plugin, one sub-package each. */
package org.salessequences.domain.model;
