// Starts Neo4j 5 Community in this JVM with Bolt on 127.0.0.1 and authentication on, prints
// the bolt URI once it answers, and shuts the database down cleanly on SIGTERM or Ctrl-C.
package cladescope;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public final class Neo4jLocal {
  private static final String DEFAULT_PASSWORD = "cladescope-dev";

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.isEmpty()) {
      password = DEFAULT_PASSWORD;
      System.err.println("NEO4J_PASSWORD is unset: using the development password " + DEFAULT_PASSWORD);
    }
    Path home = Path.of(env("NEO4J_DATA_DIR", "tmp/neo4j-local/" + port)).toAbsolutePath();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // A bound on what one transaction may hold, so a runaway console query fails alone.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_TX_MEMORY_MB", "512"))))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"))))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    try {
      setPassword(dbms, password);
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      System.err.println("Neo4j did not start: " + e.getMessage());
      System.exit(1);
    }

    System.out.println("bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** The built-in user starts with a password that must be changed; a reused folder may hold it already. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
