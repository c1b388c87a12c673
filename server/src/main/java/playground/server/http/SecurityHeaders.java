package playground.server.http;

import io.javalin.http.Context;

/**
 * The headers every answer carries. Scripts and WebAssembly come only from this site ('wasm-unsafe-eval' is what
 * lets a page compile Wasm, it allows no JavaScript eval); only the embed views may be framed by other sites.
 *
 * One exception, scoped as tightly as CSP allows: the engine's worker script also gets 'unsafe-eval', because
 * TeaVM's WebAssembly GC runtime builds its JS interop glue with {@code new Function} when it loads. A dedicated
 * worker takes its policy from its own script's response, so pages keep the strict policy, and the worker has no
 * DOM and never receives user HTML — only specs and CSV text, which it parses as data.
 */
final class SecurityHeaders {
    private static final String WORKER = "/js/engine-worker.js";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
            + " img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors ";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        boolean embed = ctx.path().equals("/embed") || ctx.path().startsWith("/embed/");
        String policy = POLICY + (embed ? "*" : "'self'");
        if (ctx.path().equals(WORKER)) {
            policy = policy.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'");
        }
        ctx.header("Content-Security-Policy", policy);
        if (!embed) {
            ctx.header("X-Frame-Options", "SAMEORIGIN");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
