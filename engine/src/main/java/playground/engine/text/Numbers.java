package playground.engine.text;

/**
 * The engine's one way to write a double as text and read it back. {@link #format} gives the shortest decimal that
 * reads back to the same double, laid out as ECMAScript's {@code Number.prototype.toString} lays it out ("0.1",
 * "1e-7", "5e-324", "123456789.123", "1e+21"); {@link #parse} rounds a decimal correctly (to nearest, ties to even).
 * Both use only integer arithmetic and single IEEE operations, so the JVM, TeaVM's JavaScript and its WebAssembly
 * give the same text and the same bits — which {@code Double.toString} under TeaVM (16 digits at most) and the
 * runtimes' own parsers do not promise. Every number the engine writes into a spec, a URL, JSON or a CSV comes from
 * {@link #format}; every number it reads from them goes through {@link #parse}.
 */
public final class Numbers {
    /** 10⁰ … 10²², every one exactly a double. */
    private static final double[] P10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final double TWO_53 = 9007199254740992.0;
    private static final int MAX_DIGITS = 780;


    private Numbers() {
    }

    /** The shortest text that {@link #parse} reads back to exactly {@code v}; "NaN", "Infinity", "-0" as such. */
    public static String format(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        boolean negative = v < 0;
        double a = negative ? -v : v;
        if (a < TWO_53 && a == (double) (long) a) {
            return layout(negative, (long) a, 0);
        }
        int e10 = decimalExponent(a);
        // Fewest digits first: at p digits the last one is worth 10^(e10 - p + 1); 17 digits always suffice. Where
        // that grid is coarser than the spacing of doubles (p ≤ 15) at most one of its points reads back to a. At 16
        // and 17 digits two may, and ECMAScript takes the nearer: the exactly rounded d. Its neighbours are tried
        // too, since the doubles' gap below a power of two is half the gap above.
        for (int p = 1; p <= 17; p++) {
            int e = e10 - p + 1;
            long d;
            if (p <= 15 && e >= -22 && e <= 22) {
                double scaled = e >= 0 ? a / P10[e] : a * P10[-e]; // one rounding: within 0.2 of the true quotient
                d = (long) (scaled + 0.5);
            } else {
                // exact, not rounded from more digits: rounding twice can pick the farther of two candidates
                d = exactDigits(a, e);
            }
            if (d > 0 && value(d, e) == a) {
                return layout(negative, d, e);
            }
            if (d > 1 && value(d - 1, e) == a) {
                return layout(negative, d - 1, e);
            }
            if (value(d + 1, e) == a) {
                return layout(negative, d + 1, e);
            }
        }
        throw new IllegalStateException("no decimal for " + Long.toHexString(Double.doubleToLongBits(v)));
    }

    /**
     * {@code v} rounded to {@code digits} significant digits, for sentences people read ("reduced to 0.01", not
     * 0.010000000000000002 or 1.0E-4): one rounding of an exact product, then one exact division or multiplication.
     */
    public static String significant(double v, int digits) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return format(v);
        }
        int k = digits - 1 - (int) Math.floor(Math.log10(Math.abs(v)));
        if (k > 22 || k < -22) {
            return format(v);
        }
        double scale = P10[Math.abs(k)];
        double r = k >= 0 ? Math.round(v * scale) / scale : Math.round(v / scale) * scale;
        return format(r);
    }

    /** An integer with its thousands grouped as people read English: 22745 → "22,745", −1234567 → "-1,234,567". */
    public static String grouped(long n) {
        String digits = Long.toString(n).replace("-", "");
        StringBuilder sb = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /**
     * A decimal number: optional sign, digits with an optional point, an optional exponent ("-1.5e-3", ".5", "2.").
     * Anything else — hex, "NaN", "Infinity", a type suffix, spaces — is a {@link NumberFormatException} that quotes
     * the text.
     */
    public static double parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        int pointShift = 0; // digits after the point
        boolean anyDigit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (point) {
                    pointShift++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            throw notANumber(text);
        }
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                expNegative = text.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 1_000_000_000L);
            }
            if (i == start) {
                throw notANumber(text);
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (i != n) {
            throw notANumber(text);
        }
        String d = digits.toString();
        int trailing = 0;
        while (trailing < d.length() && d.charAt(d.length() - 1 - trailing) == '0') {
            trailing++;
        }
        d = d.substring(0, d.length() - trailing);
        double magnitude = d.isEmpty() ? 0 : toDouble(d, exponent - pointShift + trailing);
        // -1.0 * x, not -x: TeaVM's WebAssembly build computes -x as 0 - x, which loses the sign of zero
        return negative ? -1.0 * magnitude : magnitude;
    }

    /** {@link #parse} of a plain integer text, as a long (the spec's seeds and counts). */
    public static long parseLong(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (i == n) {
            throw notANumber(text);
        }
        for (int k = i; k < n; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                throw new NumberFormatException("'" + text + "' is not a whole number");
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text + "' is too large");
        }
    }

    private static NumberFormatException notANumber(String text) {
        return new NumberFormatException("'" + text + "' is not a number");
    }

    /** digits × 10^e, correctly rounded; digits has no leading or trailing zeros. */
    private static double toDouble(String digits, long e) {
        int nd = digits.length();
        if (nd > MAX_DIGITS) {
            // Beyond 768 significant digits no decimal can sit closer to a midpoint between doubles, so the rest
            // only matters as "something more" (it ends in a non-zero digit): keep it as one sticky digit.
            e += nd - MAX_DIGITS - 1;
            digits = digits.substring(0, MAX_DIGITS) + "1";
            nd = MAX_DIGITS + 1;
        }
        if (nd + e > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (nd + e < -324) {
            return 0;
        }
        int e10 = (int) e;
        if (nd <= 15 && e10 >= -22 && e10 <= 22) {
            // up to 15 digits accumulate exactly in a double (< 2⁵³): no long arithmetic, which TeaVM's JavaScript
            // emulates slowly, on the path that every short decimal in a message takes
            double d = 0;
            for (int k = 0; k < nd; k++) {
                d = d * 10 + (digits.charAt(k) - '0');
            }
            return e10 >= 0 ? d * P10[e10] : d / P10[-e10];
        }
        return exact(Nat.ofDigits(digits), e10, Double.parseDouble(digits + "e" + e10));
    }

    /** d × 10^e for d < 2⁵³ and |e| ≤ 22: one correctly rounded IEEE operation on exact operands (Clinger). */
    private static double fast(long d, int e) {
        return e >= 0 ? (double) d * P10[e] : (double) d / P10[-e];
    }

    /** d × 10^e, correctly rounded. */
    private static double value(long d, int e) {
        if (d < (1L << 53) && e >= -22 && e <= 22) {
            return fast(d, e);
        }
        return exact(Nat.of(d), e, Double.parseDouble(d + "e" + e));
    }

    /**
     * The double nearest to d × 10^e, found from a guess (any double near it, such as the runtime's own parse) by
     * comparing the exact decimal with the midpoints between neighbouring doubles.
     */
    private static double exact(Nat d, int e, double guess) {
        double z = guess;
        if (z == 0 || z != z) {
            z = Double.MIN_VALUE;
        } else if (z == Double.POSITIVE_INFINITY) {
            z = Double.MAX_VALUE;
        }
        while (true) {
            long bits = Double.doubleToLongBits(z);
            int biased = (int) (bits >>> 52);
            long fraction = bits & ((1L << 52) - 1);
            long m = biased == 0 ? fraction : fraction | (1L << 52);
            int k = biased == 0 ? -1074 : biased - 1075;
            int up = compare(d, e, 2 * m + 1, k - 1);
            if (up > 0 || (up == 0 && (m & 1) == 1)) {
                if (z == Double.MAX_VALUE) {
                    return Double.POSITIVE_INFINITY;
                }
                z = Double.longBitsToDouble(bits + 1);
                continue;
            }
            int down = fraction == 0 && biased > 1 ? compare(d, e, 4 * m - 1, k - 2) : compare(d, e, 2 * m - 1, k - 1);
            if (down < 0 || (down == 0 && (m & 1) == 1)) {
                if (bits == 1) {
                    return 0;
                }
                z = Double.longBitsToDouble(bits - 1);
                continue;
            }
            return z;
        }
    }

    /** The sign of d × 10^e − m × 2^k. */
    private static int compare(Nat d, int e, long m, int k) {
        Nat left = d;
        Nat right = Nat.of(m);
        if (e >= 0) {
            left = left.mulPow5(e);
        } else {
            right = right.mulPow5(-e);
        }
        if (e > k) {
            left = left.shiftLeft(e - k);
        } else {
            right = right.shiftLeft(k - e);
        }
        return left.compareTo(right);
    }

    /**
     * ⌊log₁₀ a⌋, from the binary exponent and a comparison with powers of ten; where a is the double nearest a
     * power of ten it may be one more, which {@link #format} handles (its one-digit candidate is that power).
     */
    private static int decimalExponent(double a) {
        long bits = Double.doubleToLongBits(a);
        int biased = (int) (bits >>> 52);
        int e2 = biased == 0 ? -1074 + 63 - Long.numberOfLeadingZeros(bits) : biased - 1023; // a in [2^e2, 2^(e2+1))
        // log10(2) ≈ 78913 / 2^18
        int e10 = (int) Math.floorDiv((long) e2 * 78913, 1L << 18);
        while (a >= pow10(e10 + 1)) {
            e10++;
        }
        while (a < pow10(e10)) {
            e10--;
        }
        return e10;
    }

    /** 10^e as the nearest double (exact within ±22), for comparisons only. */
    private static double pow10(int e) {
        if (e >= 0 && e <= 22) {
            return P10[e];
        }
        if (e < 0 && e >= -22) {
            return fast(1, e);
        }
        return toDouble("1", e);
    }

    /** a / 10^e rounded to the nearest integer (ties to even), exactly: a = m · 2^k, so m · 2^k / (2^e · 5^e). */
    private static long exactDigits(double a, int e) {
        long bits = Double.doubleToLongBits(a);
        int biased = (int) (bits >>> 52);
        long fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int k = biased == 0 ? -1074 : biased - 1075;
        Nat num = Nat.of(m);
        Nat den = Nat.of(1);
        if (e >= 0) {
            den = den.mulPow5(e);
        } else {
            num = num.mulPow5(-e);
        }
        int shift = k - e; // num · 2^shift / den
        if (shift >= 0) {
            num = num.shiftLeft(shift);
        } else {
            den = den.shiftLeft(-shift);
        }
        return Nat.roundedQuotient(num, den);
    }

    /** The ECMAScript layout of d × 10^e (Number::toString, step 5 onwards). */
    private static String layout(boolean negative, long d, int e) {
        String s = Long.toString(d);
        int zeros = 0;
        while (zeros < s.length() - 1 && s.charAt(s.length() - 1 - zeros) == '0') {
            zeros++;
        }
        s = s.substring(0, s.length() - zeros);
        int k = s.length();
        int n = e + zeros + k; // the value is 0.s × 10^n
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (k <= n && n <= 21) {
            sb.append(s);
            for (int i = 0; i < n - k; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = 0; i < -n; i++) {
                sb.append('0');
            }
            sb.append(s);
        } else {
            sb.append(s.charAt(0));
            if (k > 1) {
                sb.append('.').append(s, 1, k);
            }
            sb.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return sb.toString();
    }
}
