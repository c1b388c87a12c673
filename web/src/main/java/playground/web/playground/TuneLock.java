package playground.web.playground;

/**
 * One search at a time on the Tune panel: the grid's runner and the search's each take it on Run and give it back
 * when they stop, so a Run clicked while the other is still planning (before its search shows as running) starts
 * nothing.
 */
final class TuneLock {
    private boolean held;

    /** Takes the lock if it is free; false if a search holds it. */
    boolean take() {
        if (held) {
            return false;
        }
        held = true;
        return true;
    }

    void release() {
        held = false;
    }
}
