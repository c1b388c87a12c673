package playground.server.http;

import org.junit.jupiter.api.BeforeAll;

/** The experiment routes on the default store: an embedded H2 file database. */
class ExperimentsOnH2Test extends ExperimentsContract {
    @BeforeAll
    static void start() {
        startWith(TestServer.options());
    }
}
