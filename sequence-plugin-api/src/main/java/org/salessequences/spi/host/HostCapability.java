package org.salessequences.spi.host;

/**
 * What a host adapter can do, asked by the plugin instead of the adapter's name, so that an adapter the plugin has
 * never heard of gets the behaviour it declares.
 */
public enum HostCapability {
    /**
     * The plugin keeps the host data itself (its own tables): the host-data endpoints and CSV import serve it, and
     * demo data may be loaded into it. A real CRM never declares this; its data belongs to the CRM.
     */
    OWNS_HOST_DATA,
    /** {@link HostCrm#findContactByEmail} finds contacts (inbound events naming a contact by address resolve). */
    SEARCH,
    /** {@link HostCrm#createTask} creates tasks in the host. */
    TASKS,
    /** {@link HostCrm#completeTask} marks them done there. */
    TASK_COMPLETION
}
