package org.salessequences.infrastructure.security;

/**
 * Thrown while the application deploys when its secrets are unfit for production, so that the deployment fails and
 * the plugin never serves a request with them. The message names the keys, never their values.
 */
public class UnsafeConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnsafeConfigurationException(String message) {
        super(message);
    }
}
