package playground.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, bursts up to the same number. Returns the
 * seconds to wait when a request is refused, 0 when it may go ahead.
 */
final class RateLimiter {
    private final double perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory under a flood of addresses; a reset only ever lets clients in
        }
        Bucket b = buckets.computeIfAbsent(client, k -> {
            Bucket n = new Bucket();
            n.tokens = perMinute;
            n.lastNanos = now;
            return n;
        });
        synchronized (b) {
            double perNano = perMinute / 60e9;
            b.tokens = Math.min(perMinute, b.tokens + (now - b.lastNanos) * perNano);
            b.lastNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }
}
