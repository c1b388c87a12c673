package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The same routes on a real PostgreSQL server, named by PLAYGROUND_TEST_POSTGRES_URL (with _USER and _PASSWORD).
 * .ci/run installs and starts one; on a machine without it the class is skipped, except under CI=true, where a
 * missing server is a failure rather than a silent skip.
 */
class ExperimentsOnPostgresTest extends ExperimentsContract {
    @BeforeAll
    static void start() {
        String url = System.getenv("PLAYGROUND_TEST_POSTGRES_URL");
        if ("true".equals(System.getenv("CI"))) {
            assertNotNull(url, "CI=true but PLAYGROUND_TEST_POSTGRES_URL is not set: .ci/run should start PostgreSQL");
        }
        assumeTrue(url != null, "no PostgreSQL server given (PLAYGROUND_TEST_POSTGRES_URL)");
        startWith(TestServer.options().withDb(url, System.getenv("PLAYGROUND_TEST_POSTGRES_USER"),
                System.getenv("PLAYGROUND_TEST_POSTGRES_PASSWORD")));
    }
}
