package playground.server.http;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import playground.engine.text.Json;
import playground.server.store.Experiment;

/**
 * The picture a pasted link shows as its card: the saved loss and validation-loss curves on a log scale, drawn by
 * the server (Java2D, headless) at the size OpenGraph recommends. Colours are the page's Okabe–Ito pair, and the
 * validation curve is dashed, so colour is not the only cue.
 */
final class PreviewImage {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final Color LOSS = new Color(0, 114, 178);
    private static final Color VAL = new Color(213, 94, 0);

    private PreviewImage() {
    }

    /** Saved experiments never change, so each card is drawn once (a bounded, least-recently-used cache). */
    static final class Cache {
        private final java.util.Map<String, byte[]> cards;

        Cache(int size) {
            cards = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, byte[]> eldest) {
                    return size() > size;
                }
            });
        }

        byte[] png(Experiment e) {
            byte[] card = cards.get(e.id());
            if (card == null) {
                card = PreviewImage.png(e);
                cards.put(e.id(), card);
            }
            return card;
        }
    }

    static byte[] png(Experiment e) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int left = 80;
        int top = 150;
        int w = WIDTH - 2 * left;
        int h = HEIGHT - top - 70;
        g.setColor(new Color(220, 220, 220));
        g.drawRect(left, top, w, h);
        List<Object> history = history(e);
        List<double[]> loss = series(history, "loss");
        List<double[]> val = series(history, "val_loss");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double maxEpoch = 1;
        for (List<double[]> s : List.of(loss, val)) {
            for (double[] p : s) {
                lo = Math.min(lo, Math.log10(p[1]));
                hi = Math.max(hi, Math.log10(p[1]));
                maxEpoch = Math.max(maxEpoch, p[0]);
            }
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        curve(g, loss, LOSS, null, left, top, w, h, lo, hi, maxEpoch);
        curve(g, val, VAL, new float[] {14, 8}, left, top, w, h, lo, hi, maxEpoch);
        text(g, e, loss.isEmpty(), left);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }

    /** Text needs fonts; a machine without any still gets the curves. */
    private static void text(Graphics2D g, Experiment e, boolean empty, int left) {
        try {
            g.setColor(new Color(30, 30, 30));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
            String title = e.title().length() > 48 ? e.title().substring(0, 47) + "…" : e.title();
            g.drawString(title, left, 75);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
            g.setColor(new Color(90, 90, 90));
            g.drawString(empty ? "Backprop Playground: not trained yet" : "Backprop Playground · loss (solid) and validation loss (dashed), log scale",
                    left, 120);
        } catch (RuntimeException | Error ex) {
            // fonts missing (headless machine without fontconfig): the card shows the curves only
        }
    }

    private static void curve(Graphics2D g, List<double[]> s, Color c, float[] dash, int left, int top, int w, int h,
            double lo, double hi, double maxEpoch) {
        if (s.isEmpty()) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < s.size(); i++) {
            double x = left + (s.size() == 1 ? w / 2.0 : (s.get(i)[0] - 1) / Math.max(1, maxEpoch - 1) * w);
            double y = top + h - (Math.log10(s.get(i)[1]) - lo) / (hi - lo) * (h - 20) - 10;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        g.setColor(c);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.draw(path);
    }

    /** The saved history's epochs (empty when none was saved). */
    @SuppressWarnings("unchecked")
    private static List<Object> history(Experiment e) {
        Object results = Json.parse(e.results());
        if (results instanceof Map && ((Map<String, Object>) results).get("history") instanceof List) {
            return (List<Object>) ((Map<String, Object>) results).get("history");
        }
        return List.of();
    }

    /** (epoch, value) pairs with positive finite values. */
    @SuppressWarnings("unchecked")
    private static List<double[]> series(List<Object> history, String key) {
        List<double[]> out = new ArrayList<>();
        for (Object o : history) {
            if (o instanceof Map) {
                Object epoch = ((Map<String, Object>) o).get("epoch");
                Object v = ((Map<String, Object>) o).get(key);
                if (epoch instanceof Double && v instanceof Double && (Double) v > 0 && Double.isFinite((Double) v)) {
                    out.add(new double[] {(Double) epoch, (Double) v});
                }
            }
        }
        return out;
    }
}
