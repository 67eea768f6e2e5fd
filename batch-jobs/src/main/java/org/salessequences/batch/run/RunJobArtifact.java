package org.salessequences.batch.run;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

/**
 * What every artifact of the run job is: a dependent bean (one per step execution, never shared between threads)
 * that is its own transactional boundary, joining the chunk's transaction when there is one and starting none.
 *
 * <p>The boundary is what keeps a job able to commit its chunks. Payara's {@code @Transactional} interceptor saves
 * the caller's transaction-operations state in a field of its one instance per bean instance, and puts it back on
 * the way out. The services a job calls are application-scoped and also called by request and timer threads: when
 * one of those entered the same service while the job's thread was in it, the job's thread came out with the other
 * thread's state and was barred from {@code UserTransaction}, so its next chunk commit failed ("Operation not
 * allowed"). With the artifact as the outermost boundary, the state the job's thread leaves with is the one its own
 * artifact saved.
 */
@Stereotype
@Dependent
@Transactional(Transactional.TxType.SUPPORTS)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RunJobArtifact {
}
