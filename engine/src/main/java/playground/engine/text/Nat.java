package playground.engine.text;

/**
 * A natural number of any size, just big enough for exact decimal ↔ binary conversion: multiply by a small
 * number or a power of five, shift left, subtract, compare, and one rounded division. Little-endian 32-bit limbs held in ints; every
 * operation returns a new value, so the code reads as arithmetic.
 */
final class Nat {
    private static final long MASK = 0xffffffffL;
    private final int[] limbs; // little-endian, no leading zero limbs
    private final int length;

    private Nat(int[] limbs, int length) {
        while (length > 0 && limbs[length - 1] == 0) {
            length--;
        }
        this.limbs = limbs;
        this.length = length;
    }

    static Nat of(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative");
        }
        return new Nat(new int[] {(int) v, (int) (v >>> 32)}, 2);
    }

    /** The decimal digits as a natural number ("00123" → 123). */
    static Nat ofDigits(String digits) {
        Nat n = of(0);
        int i = 0;
        while (i < digits.length()) {
            int chunk = Math.min(9, digits.length() - i);
            int value = 0;
            int scale = 1;
            for (int k = 0; k < chunk; k++) {
                value = value * 10 + (digits.charAt(i + k) - '0');
                scale *= 10;
            }
            n = n.mulAdd(scale, value);
            i += chunk;
        }
        return n;
    }

    /** this × m + a, for 0 ≤ m, a < 2³¹. */
    Nat mulAdd(int m, int a) {
        int[] out = new int[length + 1];
        long carry = a;
        for (int i = 0; i < length; i++) {
            long p = (limbs[i] & MASK) * m + carry;
            out[i] = (int) p;
            carry = p >>> 32;
        }
        out[length] = (int) carry;
        return new Nat(out, length + 1);
    }

    /** this × 5ⁿ. */
    Nat mulPow5(int n) {
        Nat r = this;
        while (n >= 13) {
            r = r.mulAdd(1220703125, 0); // 5^13, the largest power of five below 2^31
            n -= 13;
        }
        int m = 1;
        for (int i = 0; i < n; i++) {
            m *= 5;
        }
        return m == 1 ? r : r.mulAdd(m, 0);
    }

    /** this × 2ⁿ. */
    Nat shiftLeft(int n) {
        if (length == 0 || n == 0) {
            return this;
        }
        int words = n >>> 5;
        int bits = n & 31;
        int[] out = new int[length + words + 1];
        for (int i = 0; i < length; i++) {
            long v = (limbs[i] & MASK) << bits;
            out[i + words] |= (int) v;
            out[i + words + 1] |= (int) (v >>> 32);
        }
        return new Nat(out, out.length);
    }

    int compareTo(Nat o) {
        if (length != o.length) {
            return length < o.length ? -1 : 1;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (limbs[i] != o.limbs[i]) {
                return (limbs[i] & MASK) < (o.limbs[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** this − o, for o ≤ this. */
    Nat subtract(Nat o) {
        int[] out = new int[length];
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long v = (limbs[i] & MASK) - (i < o.length ? o.limbs[i] & MASK : 0) - borrow;
            out[i] = (int) v;
            borrow = v < 0 ? 1 : 0;
        }
        return new Nat(out, length);
    }

    /** num / den rounded to nearest (ties to even), for a quotient below 2⁶³. */
    static long roundedQuotient(Nat num, Nat den) {
        long q = 0;
        Nat rem = num;
        for (int b = 62; b >= 0; b--) {
            Nat t = den.shiftLeft(b);
            if (t.compareTo(rem) <= 0) {
                rem = rem.subtract(t);
                q |= 1L << b;
            }
        }
        int half = rem.shiftLeft(1).compareTo(den);
        return half > 0 || (half == 0 && (q & 1) == 1) ? q + 1 : q;
    }
}
