package org.salessequences.infrastructure.persistence.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

/**
 * What a JTA transaction gives the stores in the server, for tests without one: while {@link #call} runs on a thread,
 * every connection the data source hands out on that thread is that transaction's one connection (closing it does
 * nothing), committed when the work returns and rolled back when it throws. Outside {@code call} connections are
 * ordinary auto-commit ones.
 */
public final class ThreadBoundTransactions {

    private final DataSource target;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final DataSource dataSource;

    public ThreadBoundTransactions(DataSource target) {
        this.target = target;
        this.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, arguments) ->
                        method.getName().equals("getConnection") && current.get() != null
                                ? unclosable(current.get()) : invoke(method, target, arguments));
    }

    /** The data source to give the stores under test. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction on this thread and commits it; rolls back and rethrows on failure. */
    public <T> T call(Callable<T> work) throws Exception {
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.call();
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
            }
        }
    }

    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(ThreadBoundTransactions.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, arguments) ->
                        method.getName().equals("close") ? null : invoke(method, connection, arguments));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
