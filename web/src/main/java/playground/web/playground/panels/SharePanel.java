package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Datasets;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Share section: the link to these settings, "Save & get short link" (title, with the model, with the uploaded
 * CSV), and the embed snippet in a few sizes with a live preview. A copy of the site without its server
 * (export-site) cannot save, so it shows no saving.
 */
public final class SharePanel implements Store.Listener {
    private final Store store;
    private final HTMLElement title = Dom.find("#save-title");
    private final HTMLElement size = Dom.find("#embed-size");
    private final HTMLElement model = Dom.find("#save-model");
    private final HTMLElement dataset = Dom.find("#save-dataset");
    private final HTMLElement result = Dom.find("#save-result");
    private String preview = "";

    public SharePanel(Store store) {
        this.store = store;
        Dom.find("#save-controls").setHidden(Datasets.staticSite());
        title.addEventListener("input", e -> options());
        for (HTMLElement c : new HTMLElement[] {size, model, dataset}) {
            c.addEventListener("change", e -> options());
        }
        Dom.onClick("#copy-url", e -> store.dispatch(new Action.Copy(Dom.value(Dom.find("#share-url")), "Link")));
        Dom.onClick("#copy-embed", e -> store.dispatch(new Action.Copy(Dom.value(Dom.find("#embed-code")), "Embed code")));
        Dom.onClick("#save", e -> store.dispatch(new Action.Save()));
        Dom.onClick("#preview-embed", e -> {
            preview = ""; // a click shows the preview afresh
            store.dispatch(new Action.PreviewEmbed());
        });
    }

    private void options() {
        store.dispatch(new Action.ShareOptions(Dom.value(title), Dom.value(size), Browser.checked(model), Browser.checked(dataset)));
    }

    /** The iframe snippet for a blog post, its attributes escaped. */
    static String snippet(String src, String size, String title) {
        String[] wh = widthAndHeight(size);
        String t = title.trim().isEmpty() ? "Backprop Playground experiment" : title.trim();
        return "<iframe src=\"" + escape(src) + "\" width=\"" + wh[0] + "\" height=\"" + wh[1] + "\" title=\"" + escape(t)
                + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }

    /** Where the embed of this page's experiment lives: the saved one, or the spec. */
    static String embedSource(State s) {
        if (s.savedId != null) {
            return Browser.origin() + "/embed/" + s.savedId;
        }
        return Browser.origin() + (Datasets.staticSite() ? "/embed.html?" : "/embed?") + s.query();
    }

    private static void update(HTMLElement field, String value) {
        if (!value.equals(Dom.value(field))) {
            Dom.setValue(field, value);
        }
    }

    /** "640x420" → {"640", "420"}; "100%x480" → {"100%", "480"}. */
    static String[] widthAndHeight(String size) {
        int x = size.lastIndexOf('x');
        return new String[] {size.substring(0, x), size.substring(x + 1)};
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void changed(State before, State s, Action a) {
        boolean same = s.prepared == before.prepared && s.savedId == before.savedId && s.title.equals(before.title)
                && s.embedSize.equals(before.embedSize) && s.dataset == before.dataset && s.saving == before.saving
                && s.saveMessage.equals(before.saveMessage) && s.shortLink == before.shortLink
                && s.previewShown == before.previewShown && s.weightEdits == before.weightEdits;
        if (same && !(a instanceof Action.PreviewEmbed)) {
            return; // nothing it shows changed (an epoch went by): no DOM work on the training's hot path
        }
        if (!s.title.equals(Dom.value(title))) {
            Dom.setValue(title, s.title);
        }
        String src = embedSource(s);
        // written only when they change, so a selection in them survives the epochs ticking by
        update(Dom.find("#share-url"), Browser.origin() + "/?" + s.query());
        update(Dom.find("#embed-code"), snippet(src, s.embedSize, s.title));
        boolean upload = s.dataset != null && s.dataset.id.equals("upload");
        Dom.setDisabled(dataset, !upload);
        Dom.find("#share-warning").setHidden(!upload || s.savedId != null);
        boolean remix = s.prepared != null && s.prepared.startsFromWeights;
        Dom.find("#weights-warning").setHidden(s.weightEdits == 0 && !remix);
        String what = (remix ? "This run starts from an earlier run's weights" : "")
                + (remix && s.weightEdits > 0 ? ", and you set " : s.weightEdits > 0 ? "You set " : "")
                + (s.weightEdits > 0 ? s.weightEdits + (s.weightEdits == 1 ? " weight" : " weights") + " by hand" : "");
        Dom.text("#weights-warning-text", what + ": this link carries the settings only. Save & get a short link to keep "
                + (remix || s.weightEdits > 1 ? "them" : "it") + " (a re-run replays " + (remix || s.weightEdits > 1 ? "them" : "it") + ").");
        Dom.setBusy(Dom.find("#save"), s.saving); // it keeps focus; the store ignores Save while saving
        if (!s.saveMessage.equals(before.saveMessage) || s.shortLink != before.shortLink) {
            result.setTextContent(s.saveMessage);
            if (s.shortLink != null) {
                String link = s.shortLink;
                result.appendChild(Dom.el("a", "href", link, "id", "short-link", "text", link));
                result.appendChild(Dom.document().createTextNode(" "));
                HTMLElement copy = Dom.el("button", "type", "button", "class", "secondary", "text", "Copy short link");
                copy.addEventListener("click", e -> store.dispatch(new Action.Copy(link, "Short link")));
                result.appendChild(copy);
            }
        }
        String key = src + " " + s.embedSize;
        if (s.previewShown && !key.equals(preview)) {
            preview = key;
            String[] wh = widthAndHeight(s.embedSize);
            HTMLElement box = Dom.find("#embed-preview-box");
            box.setTextContent("");
            box.appendChild(Dom.el("iframe", "src", src, "title", "Embed preview", "width", wh[0], "height", wh[1]));
            box.setHidden(false);
        }
    }
}
