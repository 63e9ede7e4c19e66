package cn.zhishi.bulkload;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases the loader knows; the few SQL pieces that differ between them. */
enum Database {

    POSTGRESQL {
        @Override
        String isInteger(String expr) {
            return "(" + expr + " ~ '^-?[0-9]{1,9}$')";
        }

        @Override
        String createStaging() {
            return "create unlogged table ";
        }
    },
    H2 {
        @Override
        String isInteger(String expr) {
            return "regexp_like(" + expr + ", '^-?[0-9]{1,9}$')";
        }

        @Override
        String createStaging() {
            return "create table ";
        }
    };

    /** A condition true when the text expression is a whole number that fits an integer column. */
    abstract String isInteger(String expr);

    /** The start of a staging table's DDL: unlogged on PostgreSQL (scratch data needs no WAL). */
    abstract String createStaging();

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
