package org.wenming.content;

import static org.wenming.content.ContentFields.MEDIA_KEY;
import static org.wenming.content.ContentFields.MEDIA_KEY_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.wenming.content.ContentCompleteness.Requirement;

/** A broadcast audio item: its file, the file's measured duration, what is said and its theme. */
public record AudioFields(
        @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE)
        String mediaKey,

        @Min(1) @Max(86_400) Integer durationSeconds,
        @Size(max = 100_000) String transcript,
        @Size(max = 100) String theme)
        implements KindFields {

    static final AudioFields NONE = new AudioFields(null, null, null, null);

    static AudioFields of(Content c) {
        return new AudioFields(c.getMediaKey(), c.getDurationSeconds(), c.getTranscript(), c.getTheme());
    }

    void writeTo(Content c) {
        c.setMediaKey(mediaKey);
        c.setDurationSeconds(durationSeconds);
        c.setTranscript(transcript);
        c.setTheme(theme);
    }

    AudioFields withDurationSeconds(Integer seconds) {
        return new AudioFields(mediaKey, seconds, transcript, theme);
    }

    @Override
    public List<Requirement> requirements() {
        return List.of(
                new Requirement("mediaKey", "音频文件", mediaKey),
                new Requirement("durationSeconds", "时长", durationSeconds));
    }
}
