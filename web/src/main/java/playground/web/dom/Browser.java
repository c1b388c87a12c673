package playground.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The few browser APIs the pages need that TeaVM's JSO library does not offer, each one line of JavaScript:
 * fetch, feature detection, the page's address, and JavaScript's own number-to-text (for people, and as the
 * reference the runtime check compares the engine's formatter with).
 */
public final class Browser {
    private Browser() {
    }

    @JSFunctor
    public interface TextHandler extends JSObject {
        void handle(String text);
    }

    /**
     * GETs {@code url} as text; {@code failed} gets the reason: the server's {"error"} sentence, else "HTTP 404", or
     * the network error.
     */
    @JSBody(params = {"url", "done", "failed"}, script = "fetch(url).then(function(r) { return r.text().then(function(t) {"
            + " if (!r.ok) { var m = 'HTTP ' + r.status; try { m = JSON.parse(t).error || m; } catch (e) {} throw new Error(m); }"
            + " return t; }); })"
            + ".then(function(t) { done(t); }, function(e) { failed(String(e && e.message || e)); });")
    public static native void fetchText(String url, TextHandler done, TextHandler failed);

    /** The page's query string without its "?". */
    @JSBody(script = "return location.search.replace(/^\\?/, '');")
    public static native String query();

    @JSBody(script = "return window.innerHeight;")
    public static native int windowHeight();

    @JSFunctor
    public interface Listener extends JSObject {
        void handle();
    }

    @JSBody(params = "listener", script = "window.addEventListener('resize', function() { listener(); });")
    public static native void onResize(Listener listener);

    /** Whether this browser runs WebAssembly GC: a module with one GC struct type validates only there. */
    @JSBody(script = "try { return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0])); }"
            + " catch (e) { return false; }")
    public static native boolean wasmGcSupported();

    /** The value of a query parameter of the page's address, or null. */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    public static native String queryParameter(String name);

    /** JavaScript's {@code String(x)}. */
    @JSBody(params = "x", script = "return String(x);")
    public static native String jsString(double x);

    /** {@code x.toFixed(digits)}: a number for people. */
    @JSBody(params = {"x", "digits"}, script = "return x.toFixed(digits);")
    public static native String fixed(double x, int digits);

    /** {@code x.toPrecision(digits)}: a number for people. */
    @JSBody(params = {"x", "digits"}, script = "return x.toPrecision(digits);")
    public static native String precision(double x, int digits);

    /** {@code x.toExponential(digits)}: a number for people. */
    @JSBody(params = {"x", "digits"}, script = "return x.toExponential(digits);")
    public static native String exponential(double x, int digits);

    /** {@code +x.toPrecision(digits)}: x rounded to that many significant digits. */
    @JSBody(params = {"x", "digits"}, script = "return +x.toPrecision(digits);")
    public static native double roundToPrecision(double x, int digits);

    /** The number with thousands separators, as people in English read it ("2,027"). */
    @JSBody(params = "x", script = "return x.toLocaleString('en-US');")
    public static native String grouped(double x);

    @JSBody(script = "return performance.now();")
    public static native double now();

    /** The number of hardware threads, at least 1. */
    @JSBody(script = "return Math.max(1, navigator.hardwareConcurrency || 1);")
    public static native int hardwareThreads();
}
