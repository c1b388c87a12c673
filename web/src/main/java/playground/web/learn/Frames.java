package playground.web.learn;

import org.teavm.jso.dom.html.HTMLElement;

/** Embeds (the same /embed view bloggers use) side by side; each trains in its own worker. */
public final class Frames {
    private Frames() {
    }

    /** {@code specs}: title, spec query, title, spec query…; the frames are rebuilt only when the specs change. */
    public static void set(HTMLElement box, String... specs) {
        String key = String.join("\n", specs);
        if (key.equals(box.getAttribute("data-key"))) {
            return;
        }
        box.setAttribute("data-key", key);
        box.setTextContent("");
        for (int i = 0; i + 1 < specs.length; i += 2) {
            box.appendChild(Ui.el("iframe", "title", specs[i],
                    "src", (LearnPage.current().staticSite() ? "/embed.html?" : "/embed?") + specs[i + 1], "loading", "lazy"));
        }
    }
}
