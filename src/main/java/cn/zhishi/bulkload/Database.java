package cn.zhishi.bulkload;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases the loader knows; the few SQL pieces that differ between them. */
enum Database {

    POSTGRESQL {
        @Override
        String createScratch() {
            return "create unlogged table ";
        }
    },
    H2 {
        @Override
        String createScratch() {
            return "create table ";
        }
    };

    /** The start of a scratch table's DDL: unlogged on PostgreSQL (scratch data needs no WAL). */
    abstract String createScratch();

    static Database of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("the city loader supports PostgreSQL and H2, not " + product);
    }
}
