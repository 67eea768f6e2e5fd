package org.salessequences.deploy;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every IT deploys: the WAR the build produced, untouched, so that tests test what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("it.war", "target/sales-sequences.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the ITs through Maven (verify), after package");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
