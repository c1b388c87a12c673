package playground.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one number formatter: shortest text, ECMAScript layout, exact round trip; the parser rounds correctly. */
class NumbersTest {
    @Test
    void awkwardValuesGetTheShortestTextInEcmaScriptLayout() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("1e-7", Numbers.format(1e-7));
        assertEquals("5e-324", Numbers.format(5e-324));
        assertEquals("0.3333333333333333", Numbers.format(1.0 / 3));
        assertEquals("123456789.123", Numbers.format(123456789.123));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        assertEquals("1e+21", Numbers.format(1e21));
        assertEquals("100000000000000000000", Numbers.format(1e20));
        assertEquals("1.7976931348623157e+308", Numbers.format(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", Numbers.format(Double.MIN_NORMAL));
        assertEquals("0.000001", Numbers.format(1e-6));
        assertEquals("-42", Numbers.format(-42));
        assertEquals("9007199254740994", Numbers.format(9007199254740994.0));
        assertEquals("100000000000000000", Numbers.format(1e17));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("-0", Numbers.format(-0.0), "unlike ECMAScript, -0 keeps its sign so it reads back");
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everyDoubleReadsBackBitForBit() {
        double[] special = {0.1, 1e-7, 5e-324, 1.0 / 3, 123456789.123, Double.MIN_NORMAL, Double.MAX_VALUE,
            Math.nextDown(Double.MIN_NORMAL), 4.9406564584124654e-324 * 3, 1e23, 8.41e21, 5e-310, -0.0, 2e-323};
        for (double v : special) {
            assertRoundTrip(v);
        }
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                assertRoundTrip(v);
            }
            assertRoundTrip(r.nextDouble() * Math.pow(10, r.nextInt(-12, 12)));
        }
    }

    @Test
    void theTextIsNeverLongerThanTheJdks() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                continue;
            }
            assertTrue(significantDigits(Numbers.format(v)) <= significantDigits(Double.toString(v)),
                    Numbers.format(v) + " vs " + Double.toString(v));
        }
    }

    @Test
    void parsingRoundsCorrectlyLikeTheJdk() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder(r.nextBoolean() ? "-" : "");
            int digits = 1 + r.nextInt(25);
            for (int k = 0; k < digits; k++) {
                s.append((char) ('0' + r.nextInt(10)));
                if (k == r.nextInt(digits)) {
                    s.append('.');
                }
            }
            s.append('e').append(r.nextInt(-340, 320));
            String text = s.toString().replace("..", ".");
            if (text.indexOf('.') != text.lastIndexOf('.')) {
                continue;
            }
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(Numbers.parse(text)),
                    text);
        }
        // halfway cases, where one ulp is decided by digits far to the right
        assertEquals(Double.parseDouble("9007199254740993"), Numbers.parse("9007199254740993"));
        assertEquals(Double.parseDouble("9007199254740993.0000000000000001"), Numbers.parse("9007199254740993.0000000000000001"));
        assertEquals(Double.parseDouble("2.4703282292062327e-324"), Numbers.parse("2.4703282292062327e-324"));
        assertEquals(Double.parseDouble("2.4703282292062328e-324"), Numbers.parse("2.4703282292062328e-324"));
        assertEquals(Double.MAX_VALUE, Numbers.parse("1.7976931348623158e308"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("1.7976931348623159e308"));
        String longOne = "1." + "0".repeat(2000) + "1";
        assertEquals(1.0, Numbers.parse(longOne));
        assertEquals(Double.parseDouble("0.5" + "0".repeat(900) + "1e-323"), Numbers.parse("0.5" + "0".repeat(900) + "1e-323"));
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        assertEquals(0.5, Numbers.parse(".5"));
        assertEquals(2.0, Numbers.parse("2."));
        assertEquals(-1.5e-3, Numbers.parse("-1.5E-3"));
        for (String bad : new String[] {"", "-", ".", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1d", " 1", "1 ", "1,5", "1.2.3"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numbers.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertEquals(-12, Numbers.parseLong("-12"));
        assertThrows(NumberFormatException.class, () -> Numbers.parseLong("1.5"));
        assertThrows(NumberFormatException.class, () -> Numbers.parseLong("99999999999999999999"));
    }

    private static void assertRoundTrip(double v) {
        String s = Numbers.format(v);
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Numbers.parse(s)), s);
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(s)), s + " (JDK)");
    }

    private static int significantDigits(String s) {
        return new BigDecimal(s).stripTrailingZeros().precision();
    }

    @Test
    void significantDigitsForSentencesPeopleRead() {
        assertEquals("0.01", Numbers.significant(0.1 * 0.1, 4));
        assertEquals("1e-7", Numbers.significant(1e-7, 4));
        assertEquals("0.6541", Numbers.significant(0.65412345, 4));
        assertEquals("123500", Numbers.significant(123456.7, 4));
        assertEquals("-2.5", Numbers.significant(-2.5, 4));
        assertEquals("0", Numbers.significant(0, 4));
    }
}
