package org.salessequences.interfaces.rest.security;

import jakarta.enterprise.context.RequestScoped;

import org.salessequences.application.Caller;

/** The caller of the request being served, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** @throws IllegalStateException on an endpoint that did not authenticate its caller */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
