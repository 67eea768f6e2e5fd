/** Records of the run endpoints: starting a sequence run and polling its progress. */
package org.salessequences.api.run;
