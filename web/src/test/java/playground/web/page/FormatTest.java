package playground.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected texts are what JavaScript's toLocaleString('en-US'), toFixed and toPrecision write for the same numbers. */
class FormatTest {
    @Test
    void wholeNumbersAndLargeOnesAreGroupedByThousands() {
        assertEquals("22,745", Format.number(22745.0));
        assertEquals("-1,234,568", Format.number(-1234567.8));
        assertEquals("0", Format.number(0.0));
        assertEquals("999.999", Format.number(999.9994));
    }

    @Test
    void fromOneUpThreeDecimals() {
        assertEquals("3.142", Format.number(Math.PI));
        assertEquals("-2.500", Format.number(-2.5));
        assertEquals("10.000", Format.fixed(9.9996, 3));
        assertEquals("0.0", Format.fixed(0.04, 1));
        assertEquals("0.1", Format.fixed(0.05, 1));
        assertEquals("12", Format.fixed(12.3, 0));
    }

    @Test
    void belowOneFourSignificantDigits() {
        assertEquals("0.5000", Format.number(0.5));
        assertEquals("0.0001235", Format.number(0.000123456));
        assertEquals("1.235e-7", Format.number(1.23456e-7));
        assertEquals("1.000", Format.precision(0.99996, 4));
        assertEquals("-0.3333", Format.number(-1.0 / 3));
        assertEquals("1.235e+5", Format.precision(123456, 4));
        assertEquals("0.000", Format.precision(0, 4));
    }

    @Test
    void missingAndImpossibleNumbersSaySo() {
        assertEquals("–", Format.number(null));
        assertEquals("–", Format.number(Double.NaN));
        assertEquals("∞", Format.number(Double.POSITIVE_INFINITY));
    }
}
