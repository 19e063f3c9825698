package org.wenming.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class ApiDateTimesTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    WenmingProperties properties;

    record Stamp(LocalDateTime at) {}

    record Instant(OffsetDateTime at) {}

    @Test
    void localDateTimesAreWrittenToTheSecondWithTheOfficeZoneOffset() throws Exception {
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(json.writeValueAsString(new Stamp(LocalDateTime.of(2026, 12, 1, 15, 15, 50, 588_000_000))))
                .isEqualTo("{\"at\":\"2026-12-01T15:15:50+08:00\"}");
    }

    @Test
    void offsetDateTimesAreWrittenInTheOfficeZoneInTheSameFormat() throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 1, 7, 15, 50, 0, ZoneOffset.UTC);
        assertThat(json.writeValueAsString(new Instant(utc))).isEqualTo("{\"at\":\"2026-12-01T15:15:50+08:00\"}");
    }

    @Test
    void incomingDateTimesWithAnOffsetAreConvertedToTheZoneAndWithoutOneReadAsZoneLocal() throws Exception {
        assertThat(json.readValue("{\"at\":\"2026-12-01T07:15:50Z\"}", Stamp.class)
                        .at())
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 15, 50));
        assertThat(json.readValue("{\"at\":\"2026-12-01T15:15:50+08:00\"}", Stamp.class)
                        .at())
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 15, 50));
        assertThat(json.readValue("{\"at\":\"2026-12-01T15:15\"}", Stamp.class).at())
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 15));
        assertThat(json.convertValue(Map.of("at", "2026-12-01T15:15:50.588"), Stamp.class)
                        .at())
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 15, 50, 588_000_000));
    }

    @Test
    void anUnreadableDateTimeIsAFormatError() {
        assertThatThrownBy(() -> json.readValue("{\"at\":\"明天\"}", Stamp.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
