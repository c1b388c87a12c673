package playground.web.learn;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** One Learn view: its texts, its controls ({@link #build}) and how it draws the engine's numbers ({@link #update}). */
public abstract class View {
    public final String id;
    public final String title;
    public final String intro;
    public final String tryThis;

    protected View(String id, String title, String intro, String tryThis) {
        this.id = id;
        this.title = title;
        this.intro = intro;
        this.tryThis = tryThis;
    }

    /** Settings the page keeps itself (datasets, training runs) with their defaults; the engine does not see them. */
    public Map<String, String> pageKeys() {
        return Map.of();
    }

    /** Keys and values in the order given: key, value, key, value… */
    protected static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /**
     * Settings that go back to their defaults when {@code key} changes, because they only make sense with its old
     * value (a start point on the old surface's map). None by default.
     */
    public List<String> resetBy(String key) {
        return List.of();
    }

    public abstract void build(HTMLElement root);

    /** Draws the engine's numbers for the current settings. */
    public abstract void update(Map<String, Object> data);

    /** Called when the view is left. */
    public void leave() {
    }
}
