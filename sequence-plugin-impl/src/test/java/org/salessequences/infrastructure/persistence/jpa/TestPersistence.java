package org.salessequences.infrastructure.persistence.jpa;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * The application's persistence unit ({@code META-INF/persistence.xml}, every entity of the module) on a test
 * database, with local transactions instead of the server's JTA ones.
 */
final class TestPersistence {

    private TestPersistence() {
    }

    static EntityManagerFactory on(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("sequences", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "WARNING"));
    }

    /** Runs the work in one transaction of a new entity manager, and commits it. */
    static <T> T inTransaction(EntityManagerFactory factory, java.util.function.Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
