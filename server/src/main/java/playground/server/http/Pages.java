package playground.server.http;

import playground.engine.learn.Learn;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Json;
import playground.server.data.Resources;
import playground.server.store.Experiment;
import playground.server.store.ExperimentStore;

/**
 * The server-rendered pages: a saved experiment's short link {@code /x/{id}} (the playground with the experiment's
 * title, oEmbed discovery and OpenGraph/Twitter card tags in its head), the compact embed view, the oEmbed
 * endpoint and the 404 page. Every piece of user text that reaches HTML goes through {@link Http#escape}.
 */
final class Pages {
    static final int EMBED_WIDTH = 640;
    static final int EMBED_HEIGHT = 420;
    private final ExperimentStore store;
    private final String playground = Resources.text("/static/index.html");
    private final String embed = Resources.text("/static/embed.html");
    private final String learn = Resources.text("/static/learn.html");

    Pages(ExperimentStore store) {
        this.store = store;
    }

    /** The site's own address as the client sees it: --public-url when set, else from the request. */
    static String baseUrl(Context ctx) {
        String configured = ctx.appData(PlaygroundServer.PUBLIC_URL);
        return configured != null && !configured.isEmpty() ? configured : ctx.scheme() + "://" + ctx.host();
    }

    void experiment(Context ctx) {
        Optional<Experiment> found = store.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            notFound(ctx, "There is no saved experiment at this link. It may have been deleted by its owner, or the link is mistyped.");
            return;
        }
        html(ctx, withHead(playground, found.get(), baseUrl(ctx)));
    }

    void embedSaved(Context ctx) {
        Optional<Experiment> found = store.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            notFound(ctx, "There is no saved experiment to embed at this link.");
            return;
        }
        html(ctx, withHead(embed, found.get(), baseUrl(ctx)));
    }

    /** {@code /embed?<spec>}: the spec travels in the query string and is read by the page itself. */
    void embedSpec(Context ctx) {
        html(ctx, embed);
    }

    /** {@code /learn/{view}} and {@code /embed/learn/{view}}: the page reads the view from its path and its settings from the query. */
    void learn(Context ctx) {
        String view = ctx.pathParamMap().get("view");
        if (view != null && !Learn.VIEWS.contains(view)) {
            notFound(ctx, "There is no Learn view '" + view + "'. The views are " + String.join(", ",
                    Learn.VIEWS) + ", at /learn/{view}.");
            return;
        }
        html(ctx, learn);
    }

    /** oEmbed 1.0, JSON only: https://oembed.com/ */
    void oembed(Context ctx) {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (!format.equals("json")) {
            Http.error(ctx, 501, "format", "only format=json is offered");
            return;
        }
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            Http.error(ctx, 400, "url", "'url' is required: the address of a saved experiment (/x/…) or an embed (/embed…)");
            return;
        }
        String base = baseUrl(ctx);
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            Http.error(ctx, 400, "url", "'url' is not a URL: " + e.getMessage());
            return;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String title;
        String src;
        if (path.startsWith("/x/") || path.startsWith("/embed/")) {
            String id = path.substring(path.indexOf('/', 1) + 1);
            Optional<Experiment> found = store.find(id);
            if (found.isEmpty()) {
                Http.error(ctx, 404, "url", "no saved experiment at " + url);
                return;
            }
            title = found.get().title();
            src = base + "/embed/" + id;
        } else if (path.equals("/") || path.equals("/embed") || path.equals("/index.html")) {
            title = "Backprop Playground experiment";
            src = base + "/embed" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else {
            Http.error(ctx, 404, "url", "not an address this site can embed: " + url);
            return;
        }
        int width = bounded(ctx.queryParam("maxwidth"), EMBED_WIDTH);
        int height = bounded(ctx.queryParam("maxheight"), EMBED_HEIGHT);
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("version", "1.0");
        m.put("type", "rich");
        m.put("provider_name", "Backprop Playground");
        m.put("provider_url", base + "/");
        m.put("title", title);
        m.put("html", iframe(src, title, width, height));
        m.put("width", (double) width);
        m.put("height", (double) height);
        if (src.contains("/embed/")) {
            m.put("thumbnail_url", src.replace("/embed/", "/x/") + "/preview.png");
            m.put("thumbnail_width", (double) PreviewImage.WIDTH);
            m.put("thumbnail_height", (double) PreviewImage.HEIGHT);
        }
        ctx.contentType("application/json").result(Json.write(m));
    }

    static String iframe(String src, String title, int width, int height) {
        return "<iframe src=\"" + Http.escape(src) + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + Http.escape(title) + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }

    private static int bounded(String text, int fallback) {
        try {
            int v = Integer.parseInt(text);
            return Math.max(1, Math.min(fallback, v)); // oEmbed: never larger than the consumer's maximum
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void notFound(Context ctx, String message) {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Not found — Backprop Playground</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
                + "<body><main class=\"page\"><h1>Not found</h1><p>" + Http.escape(message) + "</p>"
                + "<p><a href=\"/\">Open the playground</a></p></main></body></html>";
        ctx.attribute(Http.ANSWERED, true);
        ctx.status(404).contentType("text/html; charset=utf-8").result(page);
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The page with the experiment's title, its id for the script, and the discovery and card tags. */
    static String withHead(String page, Experiment e, String base) {
        String url = base + "/x/" + e.id();
        String title = Http.escape(e.title());
        String description = Http.escape(describe(e));
        String head = "<title>" + title + " — Backprop Playground</title>\n"
                + "  <meta name=\"experiment-id\" content=\"" + e.id() + "\">\n"
                + "  <meta name=\"description\" content=\"" + description + "\">\n"
                + "  <link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + Http.escape(base + "/oembed?url="
                        + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&format=json") + "\" title=\"" + title + "\">\n"
                + "  <link rel=\"canonical\" href=\"" + Http.escape(url) + "\">\n"
                + "  <meta property=\"og:type\" content=\"website\">\n"
                + "  <meta property=\"og:site_name\" content=\"Backprop Playground\">\n"
                + "  <meta property=\"og:title\" content=\"" + title + "\">\n"
                + "  <meta property=\"og:description\" content=\"" + description + "\">\n"
                + "  <meta property=\"og:url\" content=\"" + Http.escape(url) + "\">\n"
                + "  <meta property=\"og:image\" content=\"" + Http.escape(url + "/preview.png") + "\">\n"
                + "  <meta property=\"og:image:width\" content=\"" + PreviewImage.WIDTH + "\">\n"
                + "  <meta property=\"og:image:height\" content=\"" + PreviewImage.HEIGHT + "\">\n"
                + "  <meta name=\"twitter:card\" content=\"summary_large_image\">\n"
                + "  <meta name=\"twitter:title\" content=\"" + title + "\">\n"
                + "  <meta name=\"twitter:description\" content=\"" + description + "\">\n"
                + "  <meta name=\"twitter:image\" content=\"" + Http.escape(url + "/preview.png") + "\">";
        int start = page.indexOf("<title>");
        int end = page.indexOf("</title>") + "</title>".length();
        return page.substring(0, start) + head + page.substring(end);
    }

    /** One line for cards: the data, the epochs recorded and the last losses. */
    @SuppressWarnings("unchecked")
    static String describe(Experiment e) {
        String data = ExperimentSpec.fromQuery(e.spec()).spec.get("data");
        StringBuilder sb = new StringBuilder("A neural network trained in the browser on '" + data + "'");
        Object results = Json.parse(e.results());
        if (results instanceof Map) {
            Object h = ((Map<String, Object>) results).get("history");
            if (h instanceof List && !((List<?>) h).isEmpty()) {
                List<?> history = (List<?>) h;
                Map<String, Object> last = (Map<String, Object>) history.get(history.size() - 1);
                sb.append(": ").append(history.size()).append(" epochs");
                if (last.get("loss") instanceof Double) {
                    sb.append(", loss ").append(String.format(java.util.Locale.ROOT, "%.4g", (Double) last.get("loss")));
                }
                if (last.get("val_loss") instanceof Double) {
                    sb.append(", validation loss ").append(String.format(java.util.Locale.ROOT, "%.4g", (Double) last.get("val_loss")));
                }
            }
        }
        return sb.append('.').toString();
    }
}
