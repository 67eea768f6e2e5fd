/**
 * Jakarta Batch artifacts. Each is {@code @Dependent @Named} and referenced by bean name from a job XML in
 * {@code META-INF/batch-jobs}; each stays thin and leaves the business rules to the application services.
 */
package org.salessequences.batch;
