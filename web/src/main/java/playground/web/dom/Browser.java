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
    @JSBody(params = {"url", "done", "failed"}, script = "fetch(url).then(function($r) { return $r.text().then(function($t) {"
            + " if (!$r.ok) { var $m = 'HTTP ' + $r.status; try { $m = JSON.parse($t).error || $m; } catch ($e) {}"
            + " throw new Error($m); }"
            + " return $t; }); })"
            + ".then(function($t) { done($t); }, function($e) { failed(String($e && $e.message || $e)); });")
    public static native void fetchText(String url, TextHandler done, TextHandler failed);

    /** The page's query string without its "?". */
    @JSBody(script = "return location.search.replace(/^\\?/, '');")
    public static native String query();

    @JSBody(script = "return window.innerHeight;")
    public static native int windowHeight();

    @JSBody(script = "return window.innerWidth;")
    public static native int windowWidth();

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

    @JSBody(script = "return performance.now();")
    public static native double now();

    /** The number of hardware threads, at least 1. */
    @JSBody(script = "return Math.max(1, navigator.hardwareConcurrency || 1);")
    public static native int hardwareThreads();

    // ---- the address bar ----

    @JSBody(params = "url", script = "history.pushState(null, '', url);")
    public static native void pushAddress(String url);

    @JSBody(params = "url", script = "history.replaceState(null, '', url);")
    public static native void replaceAddress(String url);

    @JSBody(script = "return location.pathname;")
    public static native String path();

    @JSBody(script = "return location.origin;")
    public static native String origin();

    @JSBody(params = "url", script = "location.href = url;")
    public static native void go(String url);

    @JSBody(script = "location.reload();")
    public static native void reload();

    @JSBody(params = "listener", script = "window.addEventListener('popstate', function() { listener(); });")
    public static native void onPopState(Listener listener);

    // ---- the rest of the browser ----

    /** The browser's stored value, or null (also where storage is blocked, as in a sandboxed frame). */
    @JSBody(params = "key", script = "try { return localStorage.getItem(key); } catch ($e) { return null; }")
    public static native String stored(String key);

    @JSBody(params = {"key", "value"}, script = "try { if (value === null) localStorage.removeItem(key);"
            + " else localStorage.setItem(key, value); } catch ($e) {}")
    public static native void store(String key, String value);

    @JSBody(params = "message", script = "return confirm(message);")
    public static native boolean confirm(String message);

    @JSBody(params = {"text", "done", "failed"}, script = "try { navigator.clipboard.writeText(text).then("
            + "function() { done(''); }, function($e) { failed(String($e && $e.message || $e)); });"
            + " } catch ($e) { failed(String($e && $e.message || $e)); }")
    public static native void copy(String text, TextHandler done, TextHandler failed);

    /** Saves {@code text} as a file named {@code name}. */
    @JSBody(params = {"name", "text", "type"}, script = "var $link = document.createElement('a');"
            + " $link.href = URL.createObjectURL(new Blob([text], { type: type })); $link.download = name;"
            + " document.body.append($link); $link.click(); $link.remove();"
            + " setTimeout(function() { URL.revokeObjectURL($link.href); }, 1000);")
    public static native void download(String name, String text, String type);

    /** Saves base64-encoded bytes as a file named {@code name}. */
    @JSBody(params = {"name", "base64", "type"}, script = "var $bin = atob(base64); var $bytes = new Uint8Array($bin.length);"
            + " for (var $i = 0; $i < $bin.length; $i++) { $bytes[$i] = $bin.charCodeAt($i); }"
            + " var $link = document.createElement('a');"
            + " $link.href = URL.createObjectURL(new Blob([$bytes], { type: type })); $link.download = name;"
            + " document.body.append($link); $link.click(); $link.remove();"
            + " setTimeout(function() { URL.revokeObjectURL($link.href); }, 1000);")
    public static native void downloadBase64(String name, String base64, String type);

    /** Saves a canvas as a PNG file named {@code name}. */
    @JSBody(params = {"canvas", "name"}, script = "var $link = document.createElement('a');"
            + " $link.href = canvas.toDataURL('image/png'); $link.download = name; document.body.append($link); $link.click();"
            + " $link.remove();")
    public static native void downloadPng(JSObject canvas, String name);

    @JSFunctor
    public interface Answer extends JSObject {
        void answer(int status, String text, String retryAfter);
    }

    /**
     * A request to the server: {@code body} JSON or null, {@code token} a bearer token or null. The answer gets
     * the status (0 when the network failed), the body's text (or the network error) and any Retry-After.
     */
    @JSBody(params = {"method", "url", "body", "token", "answer"}, script = "var $headers = {};"
            + " if (body !== null) $headers['Content-Type'] = 'application/json';"
            + " if (token !== null) $headers.Authorization = 'Bearer ' + token;"
            + " fetch(url, { method: method, headers: $headers, body: body === null ? undefined : body })"
            + ".then(function($r) { return $r.text().then(function($t) {"
            + " answer($r.status, $t, $r.headers.get('Retry-After') || ''); }); },"
            + " function($e) { answer(0, String($e && $e.message || $e), ''); });")
    public static native void send(String method, String url, String body, String token, Answer answer);

    @JSFunctor
    public interface FileHandler extends JSObject {
        void file(String name, String text);
    }

    /** The file chosen in a file input, as text; {@code failed} gets the file's name and the reason. */
    @JSBody(params = {"input", "done", "failed"}, script = "var $file = input.files[0]; if (!$file) return;"
            + " $file.text().then(function($t) { done($file.name, $t); },"
            + " function($e) { failed($file.name, String($e && $e.message || $e)); });")
    public static native void readFile(JSObject input, FileHandler done, FileHandler failed);

    @JSFunctor
    public interface FilesHandler extends JSObject {
        void files(String names, String json);
    }

    /**
     * Every file chosen in a file input, as JSON {"name": base64, …} (binary files too: a model's weights); {@code done}
     * also gets the names, comma-separated. The files are taken at once, so the input may be cleared right after.
     */
    @JSBody(params = {"input", "done", "failed"}, script = "var $files = Array.prototype.slice.call(input.files || []);"
            + " if ($files.length === 0) return;"
            + " Promise.all($files.map(function($f) { return $f.arrayBuffer().then(function($b) {"
            + "   var $u = new Uint8Array($b); var $s = ''; for (var $i = 0; $i < $u.length; $i += 32768) {"
            + "     $s += String.fromCharCode.apply(null, $u.subarray($i, $i + 32768)); }"
            + "   return [$f.name, btoa($s)]; }); }))"
            + " .then(function($pairs) { var $o = {}; $pairs.forEach(function($p) { $o[$p[0]] = $p[1]; });"
            + "   done($files.map(function($f) { return $f.name; }).join(', '), JSON.stringify($o)); },"
            + " function($e) { failed($files.map(function($f) { return $f.name; }).join(', '), String($e && $e.message || $e)); });")
    public static native void readFilesBase64(JSObject input, FilesHandler done, FilesHandler failed);

    @JSBody(params = "e", script = "e.click();")
    public static native void click(JSObject e);

    /** Runs {@code listener} in {@code ms} milliseconds. */
    @JSBody(params = {"listener", "ms"}, script = "setTimeout(function() { listener(); }, ms);")
    public static native void later(Listener listener, int ms);

    /** Runs {@code listener} before the next repaint. */
    @JSBody(params = "listener", script = "requestAnimationFrame(function() { listener(); });")
    public static native void nextFrame(Listener listener);

    /** The Space key pressed outside controls and focusable elements (which use it themselves). */
    @JSBody(params = "listener", script = "document.addEventListener('keydown', function($e) {"
            + " var $t = $e.target; if ($e.code === 'Space' && !($t && $t.closest && $t.closest("
            + "'summary, a, button, input, select, textarea, [contenteditable], [tabindex]'))) {"
            + " $e.preventDefault(); listener(); } });")
    public static native void onSpace(Listener listener);

    /** A date as the reader's locale writes it. */
    @JSBody(params = "iso", script = "return new Date(iso).toLocaleString();")
    public static native String localDate(String iso);

    @JSBody(params = "e", script = "return !!e.checked;")
    public static native boolean checked(JSObject e);

    @JSBody(params = {"e", "on"}, script = "e.checked = on;")
    public static native void setChecked(JSObject e, boolean on);

    @JSBody(params = "e", script = "return document.activeElement === e;")
    public static native boolean focused(JSObject e);

    /** Focuses {@code e} without scrolling to it (it was focused a moment ago, where the user is looking). */
    @JSBody(params = "e", script = "e.focus({ preventScroll: true });")
    public static native void focusInPlace(JSObject e);

    /** Selects the text of an input (so typing replaces it). */
    @JSBody(params = "e", script = "e.select();")
    public static native void select(JSObject e);
}
