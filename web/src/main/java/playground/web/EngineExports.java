package playground.web;

import org.teavm.jso.JSExport;
import playground.engine.train.DeterminismProbe;

/**
 * The engine's entry points for the browser, compiled twice by TeaVM: to JavaScript and to WebAssembly GC. A Web
 * Worker loads one of the two builds and calls these functions; the page thread never trains.
 */
public final class EngineExports {
    private EngineExports() {
    }

    public static void main(String[] args) {
        // Nothing to start: the worker calls the exported functions.
    }

    /** Trains the fixed probe network for {@code epochs} epochs and returns its bit-exact fingerprint. */
    @JSExport
    public static String fingerprint(int epochs) {
        return DeterminismProbe.fingerprint(epochs);
    }
}
