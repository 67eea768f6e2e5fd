/** Following the progress of sequence runs. */
package org.salessequences.interfaces.rest.run;
