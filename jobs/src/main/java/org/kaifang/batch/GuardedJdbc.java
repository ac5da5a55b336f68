package org.kaifang.batch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The job repository's JDBC connection with every call that reaches the database under the
 * {@link RepositoryDeadline}: statements, commits, rollbacks, result rows. Statements and
 * result sets it hands out are guarded the same way, and name their SQL when they overrun.
 */
final class GuardedJdbc {

    /** The kinds of object the connection hands out that talk to the database. */
    private static final List<Class<?>> GUARDED = List.of(CallableStatement.class, PreparedStatement.class,
            Statement.class, ResultSet.class, DatabaseMetaData.class);

    /** Calls answered by the driver alone: not worth a deadline's bookkeeping. */
    private static final Set<String> LOCAL = Set.of("toString", "hashCode", "equals", "unwrap", "isWrapperFor",
            "getWarnings", "clearWarnings", "setString", "setLong", "setInt", "setDouble", "setObject",
            "setTimestamp", "setDate", "setNull", "setBigDecimal", "setBoolean", "setBytes", "setShort",
            "getString", "getLong", "getInt", "getDouble", "getObject", "getTimestamp", "getDate", "getBigDecimal",
            "getBoolean", "getBytes", "getShort", "wasNull", "isClosed", "getMetaData", "getColumnCount",
            "getAutoCommit", "getTransactionIsolation");

    private GuardedJdbc() {
    }

    static Connection connection(Connection target, RepositoryDeadline deadline) {
        Handler handler = new Handler(target, deadline, null, new Connection[1]);
        Connection guarded = (Connection) Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        handler.connection()[0] = guarded;
        return guarded;
    }

    /**
     * @param connection the guarded connection, which the objects it hands out give back when
     *                   asked for theirs (one slot, filled once the proxy exists)
     */
    private record Handler(Object target, RepositoryDeadline deadline, String sql, Connection[] connection)
            implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return args[0] == proxy;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "getConnection":
                    return connection[0];
                case "unwrap":
                    if (args[0] instanceof Class<?> c && c.isInstance(target)) {
                        return target;
                    }
                    break;
                default:
                    break;
            }
            Object result;
            try {
                result = LOCAL.contains(method.getName()) ? method.invoke(target, args)
                        : deadline.call(what(method, args), () -> method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return guarded(method, args, result);
        }

        private Object guarded(Method method, Object[] args, Object result) {
            if (result == null || result == target) {
                return result;
            }
            for (Class<?> type : GUARDED) {
                if (method.getReturnType() == type) {
                    return type.cast(Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(), new Class<?>[] {type},
                            new Handler(result, deadline, sqlOf(args), connection)));
                }
            }
            return result;
        }

        /** The SQL a call passes, else the SQL of the statement it is made on. */
        private String sqlOf(Object[] args) {
            return args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
        }

        private String what(Method method, Object[] args) {
            String statementSql = sqlOf(args);
            String call = target instanceof Connection ? "connection." + method.getName() : method.getName();
            return statementSql == null ? call : call + " \"" + shortened(statementSql) + "\"";
        }

        private static String shortened(String sql) {
            String oneLine = sql.replaceAll("\\s+", " ").strip();
            return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "…";
        }
    }
}
