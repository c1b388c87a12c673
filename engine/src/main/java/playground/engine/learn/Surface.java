package playground.engine.learn;

import playground.engine.math.DMath;

/**
 * Two-parameter loss surfaces where optimizers differ visibly. Each has its value, its exact gradient, a view box
 * and a default start. Gradients are checked against finite differences in the tests.
 */
public enum Surface {
    /** An ill-conditioned bowl: 20× steeper across than along. */
    BOWL("ill-conditioned bowl", -4, 4, -4, 4, -3.5, 2.5),
    /** Rosenbrock's banana valley (a = 1, b = 100), minimum at (1, 1). */
    ROSENBROCK("Rosenbrock valley", -2, 2, -1, 3, -1.5, 2.5),
    /** x² − y²: a saddle at the origin; a start on the ridge line shows who escapes. */
    SADDLE("saddle point", -2, 2, -2, 2, -1.8, 0.02),
    /** A shallow local minimum near (1.33, 0) (f ≈ 0.91) and the global one near (−1.48, 0) (f ≈ 0.07), both above 0. */
    TWO_MINIMA("local and global minimum", -3, 3, -2.5, 2.5, 2.6, 1.5),
    /** Almost flat far from the well at the origin: tiny gradients, then a drop. */
    PLATEAU("plateau", -4, 4, -4, 4, 3.5, 3.0);

    public final String title;
    public final double xMin;
    public final double xMax;
    public final double yMin;
    public final double yMax;
    public final double startX;
    public final double startY;

    Surface(String title, double xMin, double xMax, double yMin, double yMax, double startX, double startY) {
        this.title = title;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.startX = startX;
        this.startY = startY;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Surface of(String id) {
        for (Surface s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown surface '" + id + "' (bowl, rosenbrock, saddle, two-minima, plateau)");
    }

    public double value(double x, double y) {
        switch (this) {
            case BOWL:
                return 0.5 * (x * x + 20 * y * y);
            case ROSENBROCK:
                return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
            case SADDLE:
                return x * x - y * y;
            case TWO_MINIMA:
                // a quartic with two wells of different depth, plus a bowl across
                return 0.25 * x * x * x * x - x * x + 0.3 * x + 0.5 * y * y + 1.5;
            default: // PLATEAU
                return 1 - DMath.exp(-(x * x + y * y) / 2);
        }
    }

    /** The exact gradient (∂f/∂x, ∂f/∂y). */
    public double[] gradient(double x, double y) {
        switch (this) {
            case BOWL:
                return new double[] {x, 20 * y};
            case ROSENBROCK:
                return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
            case SADDLE:
                return new double[] {2 * x, -2 * y};
            case TWO_MINIMA:
                return new double[] {x * x * x - 2 * x + 0.3, y};
            default: {
                double e = DMath.exp(-(x * x + y * y) / 2);
                return new double[] {x * e, y * e};
            }
        }
    }

    /**
     * The surface's lowest value, exactly where it is known (0 for the bowl, the valley and the plateau) and to full
     * precision by Newton's method for the two wells; NaN for the saddle, which has no minimum (x² − y² falls without
     * bound along y). Plots measure the loss from this, not from the lowest point of a drawn grid.
     */
    public double minimum() {
        switch (this) {
            case SADDLE:
                return Double.NaN;
            case TWO_MINIMA: {
                // the global well: a root of x³ − 2x + 0.3 near −1.48, at y = 0
                double x = -1.5;
                for (int i = 0; i < 50; i++) {
                    x -= (x * x * x - 2 * x + 0.3) / (3 * x * x - 2);
                }
                return value(x, 0);
            }
            default:
                return 0;
        }
    }

    /**
     * The Hessian's eigenvalues where it is constant (the two quadratics), else null; their eigenvectors are the x and
     * the y axis, in that order. Plain gradient descent multiplies the distance along an eigenvector with eigenvalue λ
     * by (1 − ηλ) every step, so |1 − ηλ| > 1 is growth (or, where λ < 0, the escape down the saddle).
     */
    public double[] curvatures() {
        switch (this) {
            case BOWL:
                return new double[] {1, 20};
            case SADDLE:
                return new double[] {2, -2};
            default:
                return null;
        }
    }

    /** The factors 1 − ηλ plain gradient descent at rate η multiplies the x and the y distance by each step; null where not constant. */
    public double[] stepFactors(double rate) {
        double[] lambdas = curvatures();
        if (lambdas == null) {
            return null;
        }
        return new double[] {1 - rate * lambdas[0], 1 - rate * lambdas[1]};
    }
}
