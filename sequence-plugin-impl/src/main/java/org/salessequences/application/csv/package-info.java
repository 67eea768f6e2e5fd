/** Reading CSV (RFC 4180) as a stream of records, one at a time, in bounded memory. */
package org.salessequences.application.csv;
