package org.wenming.content;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.wenming.common.validation.SaneDate;
import org.wenming.content.ContentCompleteness.Requirement;

/** An item of 我们的节日: the festival of the calendar it belongs to and when and where its activity is. */
public record FestivalFields(
        @Size(max = 32) String festivalCode,
        @SaneDate LocalDateTime activityTime,
        @Size(max = 200) String activityPlace)
        implements KindFields {

    static final FestivalFields NONE = new FestivalFields(null, null, null);

    static FestivalFields of(Content c) {
        return new FestivalFields(c.getFestivalCode(), c.getActivityTime(), c.getActivityPlace());
    }

    void writeTo(Content c) {
        c.setFestivalCode(festivalCode);
        c.setActivityTime(activityTime);
        c.setActivityPlace(activityPlace);
    }

    @Override
    public List<Requirement> requirements() {
        return List.of(new Requirement("festivalCode", "节日", festivalCode));
    }
}
