/**
 * The execution engine's use cases, one per stage of a run (enroll, exit, execute, record, sync), each called
 * by a thin batch artifact with one chunk of records at a time, inside the chunk's transaction.
 */
package org.salessequences.application.engine;
