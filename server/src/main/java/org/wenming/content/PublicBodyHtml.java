package org.wenming.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.wenming.media.MediaInfo;
import org.wenming.media.MediaLinks;

/**
 * A sanitised body as residents' clients receive it: the links the editor stored relative to this server
 * ({@code src} of images, {@code href} of links) made absolute, since a mini program's rich-text resolves a
 * relative address inside its own package, and every inline image given its size and a style that shrinks
 * it to the phone's width. The stored body stays relative, so it survives a change of the public address.
 */
@Component
class PublicBodyHtml {

    /** Kept by {@link RichTextSanitizer}, which allows these declarations. */
    static final String FIT_TO_SCREEN = "max-width:100%;height:auto;";

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final PublicLinks links;

    PublicBodyHtml(PublicLinks links) {
        this.links = links;
    }

    String forResidents(String body, String base) {
        if (body == null || body.isBlank()) {
            return body;
        }
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings(OUTPUT);
        document.select("img[src]").forEach(img -> fitImage(img, base));
        document.select("a[href^=/]").forEach(a -> a.attr("href", base + a.attr("href")));
        return document.body().html();
    }

    private void fitImage(Element img, String base) {
        String src = img.attr("src");
        MediaLinks.keyOf(src).flatMap(links::info).ifPresent(info -> size(img, info));
        if (src.startsWith("/")) {
            img.attr("src", base + src);
        }
        String style = img.attr("style");
        img.attr("style", style.isEmpty() || style.endsWith(";") ? style + FIT_TO_SCREEN : style + ";" + FIT_TO_SCREEN);
    }

    private static void size(Element img, MediaInfo info) {
        if (info.width() != null && info.height() != null && !img.hasAttr("width") && !img.hasAttr("height")) {
            img.attr("width", String.valueOf(info.width()));
            img.attr("height", String.valueOf(info.height()));
        }
    }
}
