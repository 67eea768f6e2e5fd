package org.salessequences.application;

/**
 * The thing asked for does not exist, or the caller may not see it: the two are deliberately
 * indistinguishable so that ids of other users' data do not leak.
 */
public class NotFoundException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
