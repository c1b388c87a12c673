package playground.engine.learn;

/**
 * The regularization view's two runs: one over-fitting setup — few rows of a noisy circle, a wide network, many epochs —
 * trained as it is and with one regularizer. Both the page's button and {@link Claims} build their experiments here, so
 * the "Try this" states what the button shows.
 */
public final class Regularizing {
    /** The choices, as the view's {@code reg} setting names them. */
    public static final String[] CHOICES = {"dropout", "bn", "ln", "l1", "l2"};
    static final String DATA = "circle";
    static final String NOISE = "0.6";
    static final int ROWS = 100;
    static final String VAL = "0.3";
    static final String EPOCHS = "300";
    static final String RATE = "0.01";
    static final int WIDTH = 64;
    static final int DEPTH = 3;
    static final double DROPOUT = 0.3;
    static final double PENALTY = 0.001;

    private Regularizing() {
    }

    /**
     * The experiment query: {@code reg} null for the plain run; "dropout", "bn" or "ln" add that layer after each hidden
     * layer but the last; "l1" or "l2" penalize every kernel at {@code penalty}.
     */
    static String query(String reg, double dropout, double penalty, int rows) {
        StringBuilder layers = new StringBuilder();
        for (int i = 0; i < DEPTH; i++) {
            layers.append(i == 0 ? "" : ",").append("dense:").append(WIDTH).append(":relu");
            if (reg != null && i < DEPTH - 1 && (reg.equals("dropout") || reg.equals("bn") || reg.equals("ln"))) {
                layers.append(',').append(reg.equals("dropout") ? "dropout:" + playground.engine.text.Numbers.format(dropout) : reg);
            }
        }
        String weights = reg != null && (reg.equals("l1") || reg.equals("l2")) ? "&reg=" + reg + ":"
                + playground.engine.text.Numbers.format(penalty) : "";
        return "v=2&data=" + DATA + "&n=" + rows + "&noise=" + NOISE + "&val=" + VAL + "&epochs=" + EPOCHS + "&lr=" + RATE
                + "&layers=" + layers + weights;
    }

    /** How the view and the claim name a regularizer at its settings: "dropout 0.3", "batch norm", "L2 0.001". */
    static String label(String reg, double dropout, double penalty) {
        switch (reg) {
            case "dropout":
                return "dropout " + playground.engine.text.Numbers.format(dropout);
            case "bn":
                return "batch norm";
            case "ln":
                return "layer norm";
            default:
                return reg.toUpperCase() + " " + playground.engine.text.Numbers.format(penalty);
        }
    }
}
