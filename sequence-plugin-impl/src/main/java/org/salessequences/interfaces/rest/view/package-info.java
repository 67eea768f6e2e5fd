/** The host's saved views as sequence audiences offer them to reps. */
package org.salessequences.interfaces.rest.view;
