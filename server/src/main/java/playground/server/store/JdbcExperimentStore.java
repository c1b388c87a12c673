package playground.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Experiments in a SQL database through JDBC and a connection pool: an embedded H2 file by default, PostgreSQL (or
 * anything else Flyway and a driver know) by URL. The schema is migrated by Flyway when the store opens.
 */
public final class JdbcExperimentStore implements ExperimentStore {
    private final HikariDataSource pool;

    private JdbcExperimentStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * The default database: an H2 file under {@code stateDir}, created on first use. WRITE_DELAY=0 makes every
     * commit reach the file before the request is answered, so a killed server loses no answered save.
     */
    public static String h2Url(Path stateDir) {
        return "jdbc:h2:file:" + stateDir.toAbsolutePath().resolve("playground") + ";WRITE_DELAY=0";
    }

    /** Opens the pool and migrates the schema. {@code user}/{@code password} may be null (taken from the URL). */
    public static JdbcExperimentStore open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("experiments");
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new JdbcExperimentStore(pool);
    }

    @Override
    public Created create(NewExperiment e) {
        String token = Ids.token();
        String sql = "INSERT INTO experiment (id, owner_hash, title, spec, results, model, dataset_name, dataset_csv, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // A collision of two random 58-bit ids is astronomically rare; retry rather than assume.
        for (int attempt = 0; ; attempt++) {
            String id = Ids.id();
            try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, id);
                st.setString(2, Ids.hash(token));
                st.setString(3, e.title());
                st.setString(4, e.spec());
                st.setString(5, e.results());
                st.setString(6, e.model());
                st.setString(7, e.datasetName());
                st.setString(8, e.datasetCsv());
                st.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
                return new Created(id, token);
            } catch (SQLException ex) {
                if (attempt < 3 && find(id).isPresent()) {
                    continue;
                }
                throw new IllegalStateException("could not save the experiment: " + ex.getMessage(), ex);
            }
        }
    }

    @Override
    public Optional<Experiment> find(String id) {
        if (!Ids.looksLikeId(id)) {
            return Optional.empty();
        }
        String sql = "SELECT id, title, spec, results, model, dataset_name, dataset_csv, created_at FROM experiment WHERE id = ?";
        try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Experiment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not read experiment " + id + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public Deletion delete(String id, String ownerToken) {
        if (!Ids.looksLikeId(id)) {
            return Deletion.NOT_FOUND;
        }
        try (Connection c = pool.getConnection()) {
            String owner;
            try (PreparedStatement st = c.prepareStatement("SELECT owner_hash FROM experiment WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Deletion.NOT_FOUND;
                    }
                    owner = rs.getString(1);
                }
            }
            if (ownerToken == null || !java.security.MessageDigest.isEqual(owner.getBytes(), Ids.hash(ownerToken).getBytes())) {
                return Deletion.FORBIDDEN;
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM experiment WHERE id = ? AND owner_hash = ?")) {
                st.setString(1, id);
                st.setString(2, owner);
                return st.executeUpdate() == 1 ? Deletion.DELETED : Deletion.NOT_FOUND;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not delete experiment " + id + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public boolean healthy() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
