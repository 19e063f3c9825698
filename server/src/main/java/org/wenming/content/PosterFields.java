package org.wenming.content;

import static org.wenming.content.ContentFields.MEDIA_KEY;
import static org.wenming.content.ContentFields.MEDIA_KEY_MESSAGE;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.wenming.content.ContentCompleteness.Requirement;

/** A 平语近人 poster: its image, the quote with its source, and an interpretation. */
public record PosterFields(
        @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE)
        String imageKey,

        @Size(max = 500) String quote,
        @Size(max = 200) String quoteSource,
        @Size(max = 5_000) String interpretation)
        implements KindFields {

    static final PosterFields NONE = new PosterFields(null, null, null, null);

    static PosterFields of(Content c) {
        return new PosterFields(c.getImageKey(), c.getQuote(), c.getQuoteSource(), c.getInterpretation());
    }

    void writeTo(Content c) {
        c.setImageKey(imageKey);
        c.setQuote(quote);
        c.setQuoteSource(quoteSource);
        c.setInterpretation(interpretation);
    }

    @Override
    public List<Requirement> requirements() {
        return List.of(
                new Requirement("imageKey", "海报图片", imageKey),
                new Requirement("quote", "金句", quote),
                new Requirement("quoteSource", "出处", quoteSource));
    }
}
