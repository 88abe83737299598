package org.civilaffairs.reconcile.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionRemote;
import org.h2.jdbc.JdbcConnection;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * On an H2 file the first process to open the database serves it to the others (AUTO_SERVER), and
 * when that process ends, whatever the others had in flight fails. A run is the longest user of the
 * database, so it serves the database itself: it starts only once no shorter process ('status',
 * 'explain', a run that was refused) serves it, and holds a connection of its own until it ends.
 */
@Component
public class H2Host implements DisposableBean {

    private final DataSource dataSource;
    private Connection held;

    public H2Host(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * True when this process serves the database from now on, or when it is not an H2 file; false
     * while another process serves it.
     */
    public synchronized boolean serving() throws SQLException {
        if (held != null || !(dataSource instanceof HikariDataSource pool) || !H2Url.isFile(pool.getJdbcUrl())) {
            return true;
        }
        Connection own = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        if (own.unwrap(JdbcConnection.class).getSession() instanceof SessionRemote) {
            own.close();
            return false;
        }
        held = own;
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections(); // those opened through another process's server
        }
        return true;
    }

    @Override
    public synchronized void destroy() throws SQLException {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
