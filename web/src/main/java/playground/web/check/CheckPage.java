package playground.web.check;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import playground.engine.text.Tokens;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/**
 * {@code /check.html}: the same seeded training runs and the number formatter's probe in the JavaScript and the
 * WebAssembly build, each in its own worker, and whether they agree bit for bit. It publishes every result as
 * {@code data-*} attributes of the body, which the end-to-end test compares with the JVM.
 */
public final class CheckPage {
    private static final int EPOCHS = 20;
    private static final int NUMBER_PROBE = 1000; // random doubles, and as many of everyday sizes, besides the awkward ones
    private static final String[] RUNTIMES = {"js", "wasm"};

    private final String[] fingerprints = new String[RUNTIMES.length];
    private int running;

    public void start() {
        Dom.onClick("#rerun", e -> runAll());
        runAll();
    }

    private void runAll() {
        if (Dom.busy(Dom.find("#rerun"))) {
            return;
        }
        Dom.setBusy(Dom.find("#rerun"), true); // busy, not disabled: a keyboard user pressing it keeps focus
        Dom.text("#verdict", "Training in the JavaScript and WebAssembly workers…");
        running = RUNTIMES.length;
        for (int i = 0; i < RUNTIMES.length; i++) {
            check(i);
        }
    }

    private void check(int which) {
        String runtime = RUNTIMES[which];
        cell(runtime, "status", "training…");
        if (runtime.equals("wasm") && !Browser.wasmGcSupported()) {
            cell(runtime, "status", "not supported by this browser");
            finished(which, null);
            return;
        }
        EngineClient engine = new EngineClient(runtime);
        EngineClient.Failed failed = message -> {
            cell(runtime, "status", "failed: " + message);
            engine.terminate();
            finished(which, null);
        };
        engine.request(Kind.FINGERPRINT, new Object[] {EPOCHS}, (result, ms) -> {
            String fingerprint = (String) result;
            cell(runtime, "time", Browser.fixed(ms, 1) + " ms");
            cell(runtime, "loss", Browser.precision(lastLossOfTheFirstRun(fingerprint), 8));
            cell(runtime, "fingerprint", digest(fingerprint));
            engine.request(Kind.NUMBERS, new Object[] {NUMBER_PROBE}, (numbers, ms2) -> {
                engine.terminate();
                numbersChecked(runtime, (String) numbers);
                cell(runtime, "status", "done");
                finished(which, fingerprint);
            }, failed);
        }, failed);
    }

    /** Every text must read back to its bits and read as JavaScript itself writes the number (-0 keeps its sign). */
    private static void numbersChecked(String runtime, String report) {
        List<String> problems = new ArrayList<>();
        List<String> lines = Tokens.split(report, '\n');
        for (String line : lines) {
            List<String> p = Tokens.split(line, ' ');
            String bits = p.get(0);
            String text = p.get(1);
            String back = p.get(2);
            String js = Browser.jsString(bits(bits));
            String expected = js.equals("0") && bits.equals("8000000000000000") ? "-0" : js;
            if (!back.equals(bits)) {
                problems.add(text + " reads back as the bits " + back + ", not " + bits);
            }
            if (!text.equals(expected)) {
                problems.add("the engine writes " + text + " where JavaScript writes " + expected);
            }
        }
        Dom.publish(runtime + "-numbers", report);
        Dom.publish(runtime + "-number-problems", String.join("\n", problems));
        cell(runtime, "numbers", problems.isEmpty() ? playground.web.page.Format.grouped(lines.size()) + " exact, as JavaScript writes them"
                : problems.size() + " problems: " + problems.get(0));
    }

    private void finished(int which, String fingerprint) {
        fingerprints[which] = fingerprint;
        if (--running > 0) {
            return;
        }
        String js = fingerprints[0];
        String wasm = fingerprints[1];
        Dom.publish("js", js == null ? "" : js);
        Dom.publish("wasm", wasm == null ? "" : wasm);
        if (js != null && wasm != null) {
            Dom.text("#verdict", js.equals(wasm)
                    ? "Bit-identical: " + EPOCHS + " epochs gave the same losses and weights in both runtimes."
                    : "The two runtimes disagree: this is a bug, please report it.");
        } else {
            Dom.text("#verdict", js != null || wasm != null ? "Only one runtime could run here." : "Neither runtime could run.");
        }
        Dom.publish("done", "true");
        Dom.setBusy(Dom.find("#rerun"), false);
    }

    /** The first run's losses (one hex double per epoch) come first, before its "params:" hash. */
    private static double lastLossOfTheFirstRun(String fingerprint) {
        List<String> tokens = Tokens.split(fingerprint.substring(0, fingerprint.indexOf('\n')), ' ');
        String last = "0";
        for (String t : tokens) {
            if (t.length() == 16) {
                last = t;
            }
        }
        return bits(last);
    }

    /** The double whose IEEE bits a hex text holds ("3fb999999999999a" → 0.1). */
    private static double bits(String hex) {
        long v = 0;
        for (int i = 0; i < hex.length(); i++) {
            v = (v << 4) | Character.digit(hex.charAt(i), 16);
        }
        return Double.longBitsToDouble(v);
    }

    /** FNV-1a of the whole fingerprint: eight hex digits that differ if any bit of any run differs. */
    private static String digest(String text) {
        int h = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        String hex = Integer.toHexString(h);
        return "00000000".substring(hex.length()) + hex;
    }

    private static void cell(String runtime, String field, String text) {
        Dom.text("[data-runtime=\"" + runtime + "\"] [data-field=\"" + field + "\"]", text);
    }

    private static EngineClient[] goldenEngines = new EngineClient[RUNTIMES.length];

    /**
     * One golden run's record in a runtime, for the end-to-end test to compare with the committed file; a
     * non-synthetic dataset's CSV is fetched from {@code csvUrl}.
     */
    public static JSPromise<JSString> goldenRecord(String runtime, String query, String csvUrl) {
        int which = runtime.equals("wasm") ? 1 : 0;
        if (goldenEngines[which] == null) {
            goldenEngines[which] = new EngineClient(runtime);
        }
        EngineClient engine = goldenEngines[which];
        return new JSPromise<>((resolve, reject) -> {
            EngineClient.Failed failed = message -> reject.accept(JSString.valueOf(message));
            Browser.TextHandler run = csv -> engine.request(Kind.GOLDEN, new Object[] {query, csv},
                    (result, ms) -> resolve.accept(JSString.valueOf((String) result)), failed);
            if (csvUrl.isEmpty()) {
                run.handle("");
            } else {
                Browser.fetchText(csvUrl, run, failed::failed);
            }
        });
    }
}
