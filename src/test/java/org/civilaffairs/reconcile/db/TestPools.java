package org.civilaffairs.reconcile.db;

import com.zaxxer.hikari.HikariDataSource;

/** A small pool on a test database, with the MySQL driver set as the application sets it for LOAD DATA. */
final class TestPools {

    private TestPools() {
    }

    static HikariDataSource of(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url.startsWith("jdbc:mysql:") ? url + "?allowLoadLocalInfileInPath=" + DatabaseSetup.NO_LOCAL_FILES
                + "&characterEncoding=UTF-8" : url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(2);
        return ds;
    }
}
