package kg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Local Neo4j Community server for kg: an embedded DBMS with Bolt, HTTP and Neo4j Browser
 * listening on 127.0.0.1 only.
 *
 * <p>Usage: {@code java ... kg.neo4j.LocalServer --home DIR [--bolt-port N] [--http-port N]
 * [--pagecache SIZE]}. The password of user {@code neo4j} comes from the environment variable
 * {@code NEO4J_PASSWORD}, else from {@code <home>/password}, else is generated at random; it is
 * never printed.
 *
 * <p>Files in the home folder: {@code conf/neo4j.conf} (generated on every start),
 * {@code data/} (the store), {@code logs/debug.log} (Neo4j's own log), {@code password} (the
 * password in force, owner-readable only) and {@code ready}, written only after the DBMS is
 * fully up and the password is set, removed on shutdown.
 */
public final class LocalServer {


    private LocalServer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath().normalize();
        int boltPort = port(opts.getOrDefault("bolt-port", "7687"), "bolt-port");
        int httpPort = port(opts.getOrDefault("http-port", "7474"), "http-port");
        String pagecache = opts.getOrDefault("pagecache", "128m");

        Files.createDirectories(home);
        Path passwordFile = home.resolve("password");
        String password = choosePassword(passwordFile);

        Path ready = home.resolve("ready");
        Files.deleteIfExists(ready);
        Path conf = writeConfig(home, boltPort, httpPort, pagecache);
        if (Files.notExists(home.resolve("data/databases/system"))) {
            seedInitialPassword(home, conf, password);
        }

        log("starting Neo4j in " + home + " (bolt 127.0.0.1:" + boltPort + ", http 127.0.0.1:" + httpPort + ")");
        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (Throwable e) {
            // build() has already stopped what it started. halt() rather than exit(): nothing to
            // clean up, and it skips the JVM's exit work (e.g. writing a class-data archive), so
            // the script sees the failure at once. Details are in logs/debug.log as well.
            System.err.println("[kg-neo4j] error: Neo4j failed to start");
            e.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(1);
            return;
        }

        log("DBMS started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // best effort; the script checks the pid as well
            }
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
                log("stopped");
            }
        }, "kg-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
            writePrivate(passwordFile, password + "\n");
        } catch (RuntimeException | IOException e) {
            log("could not set the password: " + e.getMessage());
            try {
                Files.deleteIfExists(ready);
                dbms.shutdown();
            } finally {
                Runtime.getRuntime().halt(2);
            }
        }

        log("password checked after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        String version = Version.getNeo4jVersion();

        String info = "pid=" + ProcessHandle.current().pid() + "\n"
                + "version=" + version + "\n"
                + "bolt=bolt://127.0.0.1:" + boltPort + "\n"
                + "http=http://127.0.0.1:" + httpPort + "\n";
        Path tmp = home.resolve("ready.tmp");
        Files.writeString(tmp, info, StandardCharsets.UTF_8);
        Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log("ready: Neo4j " + version + " on bolt://127.0.0.1:" + boltPort
                + " and http://127.0.0.1:" + httpPort + "/browser/ after "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");

        stopped.await();
    }

    /**
     * NEO4J_PASSWORD when set; else the password this home was last started with (the file
     * {@code <home>/password}, so a store keeps its password); else a new random one, which is
     * then kept in that file. No password is ever written into the project's files.
     */
    private static String choosePassword(Path passwordFile) throws IOException {
        String password = System.getenv("NEO4J_PASSWORD");
        String source = "NEO4J_PASSWORD";
        if ((password == null || password.isEmpty()) && Files.isRegularFile(passwordFile)) {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            source = passwordFile.toString();
        }
        if (password == null || password.isEmpty()) {
            byte[] raw = new byte[18];
            new java.security.SecureRandom().nextBytes(raw);
            password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            source = "a new random password";
        }
        if (password.length() < 8) {
            fail("the password from " + source + " is shorter than 8 characters (Neo4j's minimum)");
        }
        return password;
    }

    /**
     * For a new store: writes the initial-user file that {@code neo4j-admin dbms
     * set-initial-password} writes, so the system database is created with our password and no
     * change pending, and no (slow, first) Cypher query is needed to set it. On any failure the
     * ALTER USER path after start-up still sets the password.
     */
    private static void seedInitialPassword(Path home, Path conf, String password) {
        try {
            Config config = Config.newBuilder()
                    .set(GraphDatabaseSettings.neo4j_home, home)
                    .fromFile(conf)
                    .build();
            Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file,
                    NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User("neo4j", null,
                    SystemGraphCredential.createCredentialForPassword(
                            password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
                    false, false));
            users.shutdown();
        } catch (Exception | LinkageError e) {
            log("could not pre-set the initial password (" + e.getClass().getSimpleName()
                    + "); falling back to ALTER USER");
        }
    }

    /** Writes a file readable by the owner only (the password file). */
    private static void writePrivate(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Makes the password of user neo4j the given one, without a password change pending.
     * A warm start whose password already matches skips the (slow, first) Cypher query.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        if (alreadyLogsIn(system, password)) {
            log("password of user neo4j unchanged");
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user neo4j set");
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
                log("password of user neo4j unchanged");
                return;
            }
            throw e;
        }
    }

    /** True when neo4j/password logs in without a pending change; false when unsure. */
    private static boolean alreadyLogsIn(GraphDatabaseService system, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver()
                    .resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken("neo4j", password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception | LinkageError e) {
            return false; // fall back to ALTER USER
        }
    }

    private static Path writeConfig(Path home, int boltPort, int httpPort, String pagecache)
            throws IOException {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("server.default_listen_address", "127.0.0.1");
        c.put("server.default_advertised_address", "127.0.0.1");
        c.put("server.bolt.enabled", "true");
        c.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
        c.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
        c.put("server.http.enabled", "true");
        c.put("server.http.listen_address", "127.0.0.1:" + httpPort);
        c.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
        c.put("server.https.enabled", "false");
        c.put("server.http_enabled_modules", "TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER");
        c.put("dbms.security.auth_enabled", "true");
        c.put("server.memory.pagecache.size", pagecache);
        c.put("dbms.usage_report.enabled", "false");
        // Browser: no telemetry banner or outgoing requests (the server is local and offline),
        // and kg's graph style applied on connect when the launcher names it.
        c.put("client.allow_telemetry", "false");
        String style = System.getenv("KG_NEO4J_BROWSER_STYLE");
        if (style != null && !style.isEmpty() && Files.isRegularFile(Path.of(style))) {
            String json = Files.readString(Path.of(style), StandardCharsets.UTF_8).strip();
            if (!json.contains(";") && !json.contains("\n")) {
                c.put("browser.post_connect_cmd", "style " + json);
            }
        }
        // Bolt's two netty event loop groups wait a 5 s quiet period each on shutdown; a local
        // server has nothing in flight by then (databases are already checkpointed and closed).
        c.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

        StringBuilder sb = new StringBuilder(
                "# Generated by kg.neo4j.LocalServer on every start; edits are overwritten.\n");
        c.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Path dir = home.resolve("conf");
        Files.createDirectories(dir);
        Path conf = dir.resolve("neo4j.conf");
        Files.writeString(conf, sb.toString(), StandardCharsets.UTF_8);
        return conf;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                fail("unexpected argument: " + a);
            }
            String key = a.substring(2);
            String val;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                val = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                val = args[++i];
            } else {
                fail("missing value for --" + key);
                return m;
            }
            switch (key) {
                case "home", "bolt-port", "http-port", "pagecache" -> m.put(key, val);
                default -> fail("unknown option --" + key);
            }
        }
        return m;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isEmpty()) {
            fail("usage: LocalServer --home DIR [--bolt-port N] [--http-port N] [--pagecache SIZE]");
        }
        return v;
    }

    private static int port(String s, String name) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("--" + name + " must be a port number, got: " + s);
        return -1;
    }

    private static void log(String msg) {
        System.out.println("[kg-neo4j] " + msg);
        System.out.flush();
    }

    private static void fail(String msg) {
        System.err.println("[kg-neo4j] error: " + msg);
        System.exit(64);
    }
}
