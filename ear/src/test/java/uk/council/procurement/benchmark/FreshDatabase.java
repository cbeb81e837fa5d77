package uk.council.procurement.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Drops and creates the benchmark's PostgreSQL database before the server starts (run by the
 * benchmark profile in pre-integration-test), so that every run starts from the migrations.
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("bench.pg.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = System.getProperty("bench.pg.database", "dps_bench");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (var db = DriverManager.getConnection(url, System.getProperty("pg.user", "postgres"),
                System.getProperty("pg.password", "postgres")); var sql = db.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
        System.out.println("Benchmark database " + name + " created afresh");
    }
}
