package playground.web.page;

import playground.engine.text.Numbers;

/**
 * Numbers for people: whole numbers and anything from 1,000 up grouped by thousands ("22,745"), three decimals
 * from 1 up ("3.142"), four significant digits below ("0.04312", "1.235e-7"), as JavaScript's toLocaleString,
 * toFixed and toPrecision lay them out. Plain Java (rounding the engine's shortest decimal half up), so the store
 * that writes status lines runs in JVM tests too.
 */
public final class Format {
    private Format() {
    }

    public static String number(Double v) {
        if (v == null || Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) || a >= 1000) {
            return grouped(Math.round(v));
        }
        return a >= 1 ? fixed(v, 3) : precision(v, 4);
    }

    /** "1,234,567". */
    public static String grouped(long n) {
        return Numbers.grouped(n);
    }

    /** {@code digits} decimals, as toFixed writes them (for |v| below 10²¹). */
    public static String fixed(double v, int digits) {
        Decimal d = Decimal.of(v).round(Decimal.of(v).point + digits);
        StringBuilder sb = new StringBuilder(v < 0 && !d.zero() ? "-" : "");
        String ds = d.digits;
        int point = d.point;
        if (point <= 0) {
            sb.append('0');
        } else {
            for (int i = 0; i < point; i++) {
                sb.append(i < ds.length() ? ds.charAt(i) : '0');
            }
        }
        if (digits > 0) {
            sb.append('.');
            for (int i = point; i < point + digits; i++) {
                sb.append(i >= 0 && i < ds.length() ? ds.charAt(i) : '0');
            }
        }
        return sb.toString();
    }

    /** {@code p} significant digits, as toPrecision writes them (exponential below 10⁻⁶ and from 10ᵖ up). */
    public static String precision(double v, int p) {
        if (v == 0) {
            return fixed(0, p - 1);
        }
        Decimal d = Decimal.of(v).round(p);
        StringBuilder ds = new StringBuilder(d.digits);
        while (ds.length() < p) {
            ds.append('0');
        }
        int e = d.point - 1;
        String sign = v < 0 ? "-" : "";
        if (e < -6 || e >= p) {
            return sign + ds.charAt(0) + (p > 1 ? "." + ds.substring(1, p) : "") + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        }
        if (e < 0) {
            return sign + "0." + "0".repeat(-e - 1) + ds.substring(0, p);
        }
        return sign + ds.substring(0, e + 1) + (p > e + 1 ? "." + ds.substring(e + 1, p) : "");
    }

    /** |v| as significant digits and the position of the decimal point: 0.0123 is ("123", −1). */
    private static final class Decimal {
        final String digits;
        final int point;

        Decimal(String digits, int point) {
            this.digits = digits;
            this.point = point;
        }

        static Decimal of(double v) {
            String s = Numbers.format(Math.abs(v));
            int exp = 0;
            int e = s.indexOf('e');
            if (e >= 0) {
                exp = Integer.parseInt(s.substring(s.charAt(e + 1) == '+' ? e + 2 : e + 1));
                s = s.substring(0, e);
            }
            int dot = s.indexOf('.');
            int point = (dot < 0 ? s.length() : dot) + exp;
            String ds = dot < 0 ? s : s.substring(0, dot) + s.substring(dot + 1);
            int lead = 0;
            while (lead < ds.length() - 1 && ds.charAt(lead) == '0') {
                lead++;
            }
            return new Decimal(ds.substring(lead), point - lead);
        }

        boolean zero() {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != '0') {
                    return false;
                }
            }
            return true;
        }

        /** Rounded half up to its first {@code keep} digits (none left: 0 or one unit at the rounding place). */
        Decimal round(int keep) {
            if (keep >= digits.length()) {
                return this;
            }
            if (keep < 0) {
                return new Decimal("0", point);
            }
            boolean up = digits.charAt(keep) >= '5';
            char[] ds = digits.substring(0, keep).toCharArray();
            int i = ds.length - 1;
            while (up && i >= 0) {
                if (ds[i] == '9') {
                    ds[i--] = '0';
                } else {
                    ds[i]++;
                    up = false;
                }
            }
            String out = new String(ds);
            if (up) {
                return new Decimal("1" + out, point + 1);
            }
            return new Decimal(out.isEmpty() ? "0" : out, point);
        }
    }
}
