package playground.web.learn;

import org.teavm.jso.dom.html.HTMLElement;

/** The views' formulas in MathML Core, rendered by the browser; constants of this class, never user text. */
public final class Formulas {
    private Formulas() {
    }

    private static String mi(String s) {
        return "<mi>" + s + "</mi>";
    }

    private static String mo(String s) {
        return "<mo>" + s + "</mo>";
    }

    private static String mn(String s) {
        return "<mn>" + s + "</mn>";
    }

    private static String mrow(String a) {
        return "<mrow>" + a + "</mrow>";
    }

    private static String frac(String a, String b) {
        return "<mfrac><mrow>" + a + "</mrow><mrow>" + b + "</mrow></mfrac>";
    }

    private static String d(String a, String b) {
        return frac(mo("∂") + mi(a), mo("∂") + mi(b));
    }

    private static String sup(String a, String b) {
        return "<msup><mrow>" + a + "</mrow><mrow>" + b + "</mrow></msup>";
    }

    private static String sub(String a, String b) {
        return "<msub>" + a + b + "</msub>";
    }

    private static String sqrt(String a) {
        return "<msqrt>" + a + "</msqrt>";
    }

    @SuppressWarnings("unused") // the paper's m̂ and v̂, for the views that show them
    private static String hat(String s) {
        return "<mover>" + mi(s) + mo("^") + "</mover>";
    }

    public static final String[] FORWARD = {mi("z") + mo("=") + mi("w") + mo("·") + mi("x") + mo("+") + mi("b") + mo(",")
        + mi("h") + mo("=") + mi("f") + mo("(") + mi("z") + mo(")") + mo(",") + mi("L") + mo("=") + mi("L") + mo("(")
        + mi("h") + mo(",") + mi("t") + mo(")")};
    public static final String[] CHAIN_W = {d("L", "w") + mo("=") + d("L", "h") + mo("·") + d("h", "z") + mo("·")
        + d("z", "w") + mo(",") + d("z", "w") + mo("=") + mi("x")};
    public static final String[] CHAIN_B = {d("L", "b") + mo("=") + d("L", "h") + mo("·") + d("h", "z") + mo("·")
        + d("z", "b") + mo(",") + d("z", "b") + mo("=") + mn("1")};
    public static final String[] UPDATE = {mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + d("L", "w") + mo(",")
        + mi("b") + mo("←") + mi("b") + mo("−") + mi("η") + d("L", "b")};
    /** Mazur's error over the two outputs. */
    public static final String[] E_TOTAL = {sub(mi("E"), mi("total")) + mo("=") + "<munder><mo>∑</mo><mi>o</mi></munder>"
        + frac(mn("1"), mn("2")) + sup(mo("(") + sub(mi("target"), mi("o")) + mo("−") + sub(mi("out"), mi("o")) + mo(")"), mn("2"))};
    /** Each unit's δ = ∂E/∂net: an output's from its error, a hidden unit's from the outputs' δ through its weights. */
    public static final String[] DELTA = {sub(mi("δ"), mi("o")) + mo("=") + mo("(") + sub(mi("out"), mi("o")) + mo("−")
        + sub(mi("target"), mi("o")) + mo(")") + sub(mi("out"), mi("o")) + mo("(") + mn("1") + mo("−") + sub(mi("out"), mi("o"))
        + mo(")") + mo(","), sub(mi("δ"), mi("h")) + mo("=") + mo("(") + "<munder><mo>∑</mo><mi>o</mi></munder>" + sub(mi("δ"), mi("o"))
        + sub(mi("w"), mi("ho")) + mo(")") + sub(mi("out"), mi("h")) + mo("(") + mn("1") + mo("−") + sub(mi("out"), mi("h")) + mo(")")};
    /** The regression losses on one error e = prediction − target (averaged over the rows in training). */
    public static final String[] MSE = {mi("MSE") + mo("(") + mi("e") + mo(")") + mo("=") + sup(mi("e"), mn("2")) + mo(",")
        + frac(mi("d"), mrow(mi("d") + mi("e"))) + mo("=") + mn("2") + mi("e")};
    public static final String[] MAE = {mi("MAE") + mo("(") + mi("e") + mo(")") + mo("=") + mo("|") + mi("e") + mo("|") + mo(",")
        + frac(mi("d"), mrow(mi("d") + mi("e"))) + mo("=") + mi("sign") + mo("(") + mi("e") + mo(")")};
    /** Cross-entropy on the probability p given to the true class: binary (target y ∈ {0, 1}) and categorical. */
    public static final String[] BCE = {mi("BCE") + mo("=") + mo("−") + mo("[") + mi("y") + mi("log") + mi("p") + mo("+")
        + mo("(") + mn("1") + mo("−") + mi("y") + mo(")") + mi("log") + mo("(") + mn("1") + mo("−") + mi("p") + mo(")") + mo("]")};
    public static final String[] CCE = {mi("CCE") + mo("=") + mo("−") + "<munder><mo>∑</mo><mi>k</mi></munder>" + sub(mi("y"), mi("k"))
        + mi("log") + sub(mi("p"), mi("k"))};
    public static final String[] HUBER = {
        sub(mi("L"), mi("δ")) + mo("(") + mi("e") + mo(")") + mo("=") + frac(mn("1"), mn("2")) + sup(mi("e"), mn("2"))
            + "<mtext>\u2003if |e| ≤ δ</mtext>",
        sub(mi("L"), mi("δ")) + mo("(") + mi("e") + mo(")") + mo("=") + mi("δ") + mo("(") + mo("|") + mi("e") + mo("|")
            + mo("−") + frac(mi("δ"), mn("2")) + mo(")") + "<mtext>\u2003otherwise</mtext>"};
    public static final String[] XAVIER = {mi("a") + mo("=") + sqrt(frac(mn("6"), sub(mi("n"), mi("in")) + mo("+")
        + sub(mi("n"), mi("out"))))};
    /** Plain gradient descent. */
    public static final String[] SGD = {mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + mi("g")};
    /** Momentum as Keras writes it: a velocity that adds −ηg each step and keeps β of itself. */
    public static final String[] MOMENTUM = {mi("m") + mo("←") + mi("β") + mi("m") + mo("−") + mi("η") + mi("g") + mo(",")
        + mi("w") + mo("←") + mi("w") + mo("+") + mi("m")};
    /** The primer's momentum: an exponential moving average of the gradients, scaled by η. */
    public static final String[] MOMENTUM_EMA = {mi("v") + mo("←") + mi("β") + mi("v") + mo("+") + mo("(") + mn("1") + mo("−")
        + mi("β") + mo(")") + mi("g") + mo(",") + mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + mi("v")};
    /** Adagrad as Keras computes it: the sum of squared gradients starts at 0.1, ε inside the root. */
    public static final String[] ADAGRAD = {mi("G") + mo("←") + mi("G") + mo("+") + sup(mi("g"), mn("2")) + mo(",")
        + mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + frac(mi("g"), sqrt(mi("G") + mo("+") + mi("ε")))};
    /** RMSprop as Keras computes it: a moving average of squared gradients, ε inside the root. */
    public static final String[] RMSPROP = {mi("v") + mo("←") + mi("ρ") + mi("v") + mo("+") + mo("(") + mn("1") + mo("−")
        + mi("ρ") + mo(")") + sup(mi("g"), mn("2")) + mo(",")
        + mi("w") + mo("←") + mi("w") + mo("−") + mi("η") + frac(mi("g"), sqrt(mi("v") + mo("+") + mi("ε")))};
    /** Adam as Keras 3 computes it: the bias correction folded into α, ε on the uncorrected √v. */
    public static final String[] ADAM = {
        mi("m") + mo("←") + sub(mi("β"), mn("1")) + mi("m") + mo("+") + mo("(") + mn("1") + mo("−") + sub(mi("β"), mn("1"))
            + mo(")") + mi("g"),
        mi("v") + mo("←") + sub(mi("β"), mn("2")) + mi("v") + mo("+") + mo("(") + mn("1") + mo("−") + sub(mi("β"), mn("2"))
            + mo(")") + sup(mi("g"), mn("2")),
        mi("α") + mo("=") + mi("η") + frac(sqrt(mn("1") + mo("−") + sup(sub(mi("β"), mn("2")), mi("t"))),
            mn("1") + mo("−") + sup(sub(mi("β"), mn("1")), mi("t"))),
        mi("w") + mo("←") + mi("w") + mo("−") + mi("α") + frac(mi("m"), sqrt(mi("v")) + mo("+") + mi("ε"))};

    /**
     * A matrix of numbers in brackets (a column vector when each row has one cell). The cells are numbers the page
     * formatted itself (digits, point, sign, exponent), never user text.
     */
    public static String matrix(String[][] cells) {
        StringBuilder sb = new StringBuilder("<mrow><mo>[</mo><mtable>");
        for (String[] row : cells) {
            sb.append("<mtr>");
            for (String c : row) {
                sb.append("<mtd>").append(mn(c)).append("</mtd>");
            }
            sb.append("</mtr>");
        }
        return sb.append("</mtable><mo>]</mo></mrow>").toString();
    }

    /** A column vector of formatted numbers. */
    public static String column(String[] cells) {
        String[][] rows = new String[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            rows[i] = new String[] {cells[i]};
        }
        return matrix(rows);
    }

    /** One layer in matrix form, symbols then numbers: z = W·a + b, then out = f(z). */
    public static String[] layer(String a, String out, String f, String[][] w, String[] in, String[] b, String[] z, String[] h) {
        return new String[] {
            mi("z") + mo("=") + mi("W") + mo("·") + mi(a) + mo("+") + mi("b") + mo("=") + matrix(w) + mo("·") + column(in) + mo("+")
                + column(b) + mo("=") + column(z),
            mi(out) + mo("=") + mi(f) + mo("(") + mi("z") + mo(")") + mo("=") + column(h)};
    }

    /** A formula block with a spoken label. */
    public static HTMLElement block(String[] lines, String label) {
        // focusable: a long formula scrolls sideways on a phone, and a keyboard must be able to scroll it
        HTMLElement box = Ui.el("div", "class", "formula", "role", "math", "aria-label", label, "tabindex", "0");
        StringBuilder html = new StringBuilder();
        for (String m : lines) {
            html.append("<math display=\"block\">").append(m).append("</math>");
        }
        box.setInnerHTML(html.toString());
        return box;
    }
}
