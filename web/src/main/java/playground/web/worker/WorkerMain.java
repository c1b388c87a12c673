package playground.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.web.protocol.Codec;
import playground.web.protocol.Request;

/**
 * The engine worker's entry point, compiled twice by TeaVM (WebAssembly GC, and JavaScript as the fallback): it
 * reads requests from the page, answers each through {@link EngineHost}, and runs the training loop, one epoch per
 * task so that a pause message gets in between. The page thread never trains. {@code static/js/engine-worker.js}
 * only loads one of the two builds and keeps the messages that arrive before this starts.
 */
public final class WorkerMain {
    private static final EngineHost HOST = new EngineHost();
    private static boolean training;
    /** Milliseconds between epochs: the page's speed control (0: as fast as possible). */
    private static int interval;
    /** The page's number of the run being trained; an epoch scheduled for an earlier one does nothing. */
    private static int run;

    private WorkerMain() {
    }

    /** {@code args[0]}: "wasm" or "js", the build this is. */
    public static void main(String[] args) {
        post(Codec.ready(args.length > 0 ? args[0] : "js"));
        listen(WorkerMain::receive);
    }

    private static void receive(String message) {
        Request r;
        try {
            r = Codec.decode(message);
        } catch (IllegalArgumentException e) {
            post(Codec.failed(-1, e.getMessage()));
            return;
        }
        switch (r.kind) {
            case TRAIN:
                interval = pace(r.integer("interval"));
                if (!training || run != r.integer("run")) {
                    training = true;
                    run = r.integer("run");
                    int mine = run;
                    later(() -> trainEpoch(mine), 0);
                }
                return;
            case SPEED:
                interval = pace(r.integer("interval"));
                return;
            case PAUSE:
                if (training) {
                    training = false;
                    post(Codec.paused(run)); // at once: an epoch still scheduled sees it is over and does nothing
                }
                return;
            default:
                break;
        }
        try {
            double start = now();
            String result = HOST.handle(r);
            post(Codec.ok(r, result, now() - start));
        } catch (RuntimeException e) {
            post(Codec.failed(r.id, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static int pace(int ms) {
        return Math.max(0, Math.min(5000, ms));
    }

    private static void trainEpoch(int mine) {
        if (!training || mine != run) {
            return; // paused, or another run started since this epoch was scheduled
        }
        double start = now();
        String progress = HOST.trainEpoch();
        post(Codec.progress(run, progress, now() - start));
        if (HOST.trainingOver()) {
            training = false;
            post(Codec.paused(run));
        } else {
            later(() -> trainEpoch(mine), interval);
        }
    }

    @JSFunctor
    interface MessageHandler extends JSObject {
        void handle(String data);
    }

    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    /** Receives every message from now on, after those that arrived while the engine was loading. */
    @JSBody(params = "handler", script = "var $q = self.__pending || []; self.__pending = null;"
            + "self.onmessage = function($e) { handler($e.data); };"
            + "for (var $i = 0; $i < $q.length; $i++) { handler($q[$i]); }")
    private static native void listen(MessageHandler handler);

    @JSBody(params = "text", script = "self.postMessage(text);")
    private static native void post(String text);

    @JSBody(params = {"task", "ms"}, script = "setTimeout(function() { task(); }, ms);")
    private static native void later(Task task, int ms);

    @JSBody(script = "return performance.now();")
    private static native double now();
}
