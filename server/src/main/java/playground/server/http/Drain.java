package playground.server.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts saves in flight so that shutdown can wait for them: once {@link #close} is called no new save starts,
 * and {@link #awaitIdle} returns when the last one has been answered.
 */
final class Drain {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int inFlight;
    private boolean closed;

    boolean enter() {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            inFlight++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void leave() {
        lock.lock();
        try {
            if (--inFlight == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new saves and waits up to {@code millis} for those in flight; true when none is left. */
    boolean closeAndAwaitIdle(long millis) throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (inFlight > 0 && nanos > 0) {
                nanos = idle.awaitNanos(nanos);
            }
            return inFlight == 0;
        } finally {
            lock.unlock();
        }
    }
}
