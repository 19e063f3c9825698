package org.wenming.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One date-time format for every API: ISO-8601 to the second with the offset of {@code wenming.zone}
 * ({@code 2026-12-01T15:15:50+08:00}), for the office-local {@link LocalDateTime}s of the database as for the
 * station API's {@link OffsetDateTime}s. Incoming local date-times may carry an offset (converted to the zone)
 * or none (read as zone-local, which is what the console's date pickers send).
 */
@Configuration
class ApiDateTimes {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** Seconds and fractions optional, offset optional. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter();

    @Bean
    Jackson2ObjectMapperBuilderCustomizer zonedDateTimes(WenmingProperties properties) {
        ZoneId zone = properties.zone();
        SimpleModule module = new SimpleModule("wenming-date-times")
                .addSerializer(LocalDateTime.class, new ZonedWriter<LocalDateTime>(value -> value.atZone(zone)))
                .addDeserializer(LocalDateTime.class, new LocalDateTimeReader(zone))
                .addSerializer(
                        OffsetDateTime.class, new ZonedWriter<OffsetDateTime>(value -> value.atZoneSameInstant(zone)));
        return builder -> builder.modulesToInstall(module);
    }

    /** Writes a date-time as the wall-clock time of the configured zone, with its offset, to the second. */
    private static final class ZonedWriter<T> extends JsonSerializer<T> {
        private final Function<T, ZonedDateTime> inZone;

        ZonedWriter(Function<T, ZonedDateTime> inZone) {
            this.inZone = inZone;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(WRITTEN.format(inZone.apply(value).truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private static final class LocalDateTimeReader extends JsonDeserializer<LocalDateTime> {
        private final ZoneId zone;

        LocalDateTimeReader(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                TemporalAccessor parsed = READ.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset
                        ? offset.atZoneSameInstant(zone).toLocalDateTime()
                        : (LocalDateTime) parsed;
            } catch (DateTimeException e) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text, "不是有效的日期时间");
            }
        }
    }
}
