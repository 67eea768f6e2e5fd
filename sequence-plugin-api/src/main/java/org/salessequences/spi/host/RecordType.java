package org.salessequences.spi.host;

/** The two kinds of host record a sequence audience is made of. */
public enum RecordType {
    CONTACT, ACCOUNT
}
