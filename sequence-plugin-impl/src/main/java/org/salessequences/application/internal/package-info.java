/** Default implementations of the application services. */
package org.salessequences.application.internal;
