package playground.web.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.core.JSString;
import org.teavm.jso.workers.Worker;
import playground.engine.text.Json;
import playground.web.protocol.Codec;
import playground.web.protocol.Kind;
import playground.web.protocol.Request;

/**
 * The page's side of one engine worker: typed requests out (the same {@link Codec} the worker decodes with), a
 * callback per reply in, and the training loop's events. The page thread never trains; it only asks.
 */
public final class EngineClient {
    /** A request's result: the engine's JSON as maps and lists, or the text of a text result. */
    public interface Done {
        void done(Object result, double ms);
    }

    public interface Failed {
        void failed(String message);
    }

    /** The training loop's events: after each epoch, and when it stops. */
    public interface Training {
        void progress(Map<String, Object> progress, double ms);

        void paused();
    }

    private static final class Pending {
        final Done done;
        final Failed failed;

        Pending(Done done, Failed failed) {
            this.done = done;
            this.failed = failed;
        }
    }

    public final String runtime;
    private final Worker worker;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final List<Runnable> whenReady = new ArrayList<>();
    private int next = 1;
    private int runs;
    private boolean ready;
    private String failure;
    private Training training;

    /** Starts a worker on "wasm" or "js"; requests may be sent at once (the worker keeps them until it runs). */
    public EngineClient(String runtime) {
        this.runtime = runtime;
        this.worker = Worker.create("/js/engine-worker.js?runtime=" + runtime);
        worker.onMessage(e -> receive(e.getDataAsString()));
        worker.addEventListener("error", e -> fail("the engine worker failed to load"));
    }

    /** Runs {@code r} once the engine has started (at once if it has). */
    public void onReady(Runnable r) {
        if (ready) {
            r.run();
        } else {
            whenReady.add(r);
        }
    }

    public void onTraining(Training t) {
        training = t;
    }

    /** Sends a request of {@code kind} with its fields' values in the order the kind declares them. */
    public void request(Kind kind, Object[] values, Done done, Failed failed) {
        if (failure != null) {
            failed.failed(failure);
            return;
        }
        int id = next++;
        pending.put(id, new Pending(done, failed));
        worker.postMessage(JSString.valueOf(Codec.encode(Request.of(id, kind, values))));
    }

    /**
     * Starts a training run, {@code intervalMs} between epochs (0: as fast as possible). Each run has its number:
     * events of an earlier run still on their way are dropped, so they never land on this one.
     */
    public void train(int intervalMs) {
        runs++;
        worker.postMessage(JSString.valueOf(Codec.encode(Request.of(0, Kind.TRAIN, intervalMs, runs))));
    }

    /** A new pace for the run under way. */
    public void speed(int intervalMs) {
        worker.postMessage(JSString.valueOf(Codec.encode(Request.of(0, Kind.SPEED, intervalMs))));
    }

    public void pause() {
        worker.postMessage(JSString.valueOf(Codec.encode(Request.of(0, Kind.PAUSE))));
    }

    /** Whether the worker itself has failed (every request to it fails from now on), not just one request. */
    public boolean failed() {
        return failure != null;
    }

    public void terminate() {
        worker.terminate();
    }

    /** Every request waiting, and every one sent from now on, fails with {@code why}. */
    private void fail(String why) {
        if (failure != null) {
            return;
        }
        failure = why;
        for (Pending p : pending.values()) {
            p.failed.failed(failure);
        }
        pending.clear();
    }

    @SuppressWarnings("unchecked")
    private void receive(String text) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(text);
        Object event = m.get("event");
        if ("ready".equals(event)) {
            ready = true;
            for (Runnable r : whenReady) {
                r.run();
            }
            whenReady.clear();
        } else if ("failed".equals(event)) {
            fail("the engine could not start: " + m.get("error"));
        } else if (("progress".equals(event) || "paused".equals(event)) && !Double.valueOf(runs).equals(m.get("run"))) {
            return; // from a run this page has since replaced
        } else if ("progress".equals(event)) {
            if (training != null) {
                training.progress((Map<String, Object>) m.get("progress"), (Double) m.get("ms"));
            }
        } else if ("paused".equals(event)) {
            if (training != null) {
                training.paused();
            }
        } else {
            Pending p = pending.remove((int) (double) (Double) m.get("id"));
            if (p == null) {
                return;
            }
            Object result = m.get("result");
            if (!Boolean.TRUE.equals(m.get("ok"))) {
                p.failed.failed((String) m.get("error"));
            } else if (result instanceof Map && ((Map<?, ?>) result).get("error") instanceof String) {
                p.failed.failed((String) ((Map<?, ?>) result).get("error"));
            } else {
                p.done.done(result, (Double) m.get("ms"));
            }
        }
    }
}
