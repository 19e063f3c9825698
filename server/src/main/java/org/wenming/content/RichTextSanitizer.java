package org.wenming.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Keeps only the formatting a rich-text editor produces. Images must come from our own media endpoint, so a
 * body can never make a resident's client load a third-party address. Links to this server stay relative
 * (the cleaner would otherwise resolve them against its placeholder base), so {@link PublicBodyHtml} can
 * put the public base URL in front of them when residents read.
 */
@Component
class RichTextSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "span")
            .addAttributes(":all", "style")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return html;
        }
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "https://localhost/", SAFELIST, OUTPUT));
        clean.outputSettings(OUTPUT);
        clean.select("img").forEach(img -> {
            if (!img.attr("src").startsWith("/media/")) {
                img.remove();
            }
        });
        clean.select("[style]").forEach(element -> element.attr("style", safeStyle(element.attr("style"))));
        return clean.body().html();
    }

    /**
     * Inline styles are kept only for alignment and colour, which the editor's toolbar sets, and for the
     * size that fits an image to a phone ({@link PublicBodyHtml#FIT_TO_SCREEN}), so a body copied from a
     * resident's view keeps it.
     */
    private static String safeStyle(String style) {
        StringBuilder kept = new StringBuilder();
        for (String declaration : style.split(";")) {
            String property = declaration.split(":", 2)[0].trim().toLowerCase();
            boolean allowed = property.equals("text-align")
                    || property.equals("color")
                    || property.equals("background-color")
                    || property.equals("font-weight")
                    || property.equals("max-width")
                    || property.equals("height");
            String value = declaration.contains(":") ? declaration.split(":", 2)[1].toLowerCase() : "";
            if (allowed && !value.contains("url(") && !value.contains("expression")) {
                kept.append(declaration.trim()).append(';');
            }
        }
        return kept.toString();
    }
}
