package playground.web.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an embed says about the spec it trains. */
class EmbedPageTest {
    @Test
    void theSpecLineNamesDataLayersOptimizerRateAndEpochs() {
        assertEquals("data circle", EmbedPage.describe("v=1"));
        assertEquals("data xor · layers dense:8:tanh,bn · adam:0.9:0.99 · lr 0.1 · 30 epochs",
                EmbedPage.describe("v=1&epochs=30&lr=0.1&opt=adam:0.9:0.99&layers=dense:8:tanh,bn&data=xor"));
        assertEquals("data my data", EmbedPage.describe("data=my%20data&seed=3"));
    }
}
