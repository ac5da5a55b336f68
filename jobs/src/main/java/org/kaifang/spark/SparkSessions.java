package org.kaifang.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession for large loads: {@code local[*]} inside the job's JVM by default,
 * or a cluster master from the configuration. The driver binds to the loopback address unless
 * a cluster needs otherwise, so a local run never listens on the network.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession create(String master, String appName) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4");
        if (master.startsWith("local")) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
