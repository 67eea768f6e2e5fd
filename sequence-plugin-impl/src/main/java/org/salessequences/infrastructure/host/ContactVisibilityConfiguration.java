package org.salessequences.infrastructure.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.domain.model.contact.ContactVisibility;

/** Reads {@code sequences.contacts.visibility}; a value other than {@code owner} or {@code all} fails loudly. */
@ApplicationScoped
public class ContactVisibilityConfiguration {

    @Inject
    @ConfigProperty(name = "sequences.contacts.visibility")
    String visibility;

    @Produces
    @Singleton
    ContactVisibility contactVisibility() {
        return ContactVisibility.parse(visibility);
    }
}
