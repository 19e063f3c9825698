package org.wenming.station;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.http.EncodedBody;
import org.wenming.content.PlayableAudio;
import org.wenming.content.PublicReadCache;
import org.wenming.content.PublishedContent;
import org.wenming.media.AudioRenditions;
import org.wenming.media.Rendition;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * Builds a station's playlist for a day: for each slot time the schedule with the most specific target wins
 * (the station itself, then the deepest org unit above it); an urgent insert replaces every slot inside its
 * window and adds a slot at its start; only visible audio items whose broadcast rendition is ready are
 * played, from that rendition (one MP3 format, levelled), so one player decodes the whole day.
 */
@Service
class PlaylistService {

    private final StationScheduleMapper schedules;
    private final StationSlotMapper slots;
    private final StationUrgentMapper urgents;
    private final OrgUnitService units;
    private final PublishedContent published;
    private final AudioRenditions renditions;
    private final PublicReadCache cache;
    private final ObjectMapper json;
    private final StationProperties settings;
    private final ZoneId serverZone;

    public PlaylistService(
            StationScheduleMapper schedules,
            StationSlotMapper slots,
            StationUrgentMapper urgents,
            OrgUnitService units,
            PublishedContent published,
            AudioRenditions renditions,
            PublicReadCache cache,
            ObjectMapper json,
            StationProperties settings,
            WenmingProperties properties) {
        this.schedules = schedules;
        this.slots = slots;
        this.urgents = urgents;
        this.units = units;
        this.published = published;
        this.renditions = renditions;
        this.cache = cache;
        this.json = json;
        this.settings = settings;
        this.serverZone = properties.zone();
    }

    public RenderedPlaylist rendered(StationIdentity station, LocalDate date, String baseUrl) {
        return cache.get(
                "playlist-body:" + station.id() + ":" + date + ":" + baseUrl,
                () -> render(build(station, date, baseUrl)));
    }

    /**
     * Stations share the plan of their unit, zone and day, resolved once for all of them (one set of queries
     * for a village's 30 boxes); only a station that a schedule or urgent insert targets by itself gets a
     * plan of its own.
     */
    Playlist build(StationIdentity station, LocalDate date, String baseUrl) {
        DayPlan plan = cache.get(
                "playlist-plan:" + planScope(station) + ":" + station.zone().getId() + ":" + date + ":" + baseUrl,
                () -> plan(station, date, baseUrl));
        return new Playlist(
                station.code(),
                station.name(),
                date,
                station.zone().getId(),
                settings.pollInterval().toSeconds(),
                plan.changesAt(),
                plan.slots());
    }

    /** Whose plan a station plays: its unit's, or its own when a schedule or urgent insert targets it by itself. */
    String planScope(StationIdentity station) {
        return individuallyTargeted().contains(station.id())
                ? "station:" + station.id()
                : "unit:" + station.orgUnitId();
    }

    private Set<Long> individuallyTargeted() {
        return cache.get("playlist-targeted-stations", () -> {
            Set<Long> ids = new HashSet<>();
            schedules
                    .selectList(new LambdaQueryWrapper<StationSchedule>()
                            .select(StationSchedule::getTargetStationId)
                            .isNotNull(StationSchedule::getTargetStationId))
                    .forEach(schedule -> ids.add(schedule.getTargetStationId()));
            urgents.selectList(new LambdaQueryWrapper<StationUrgent>()
                            .select(StationUrgent::getTargetStationId)
                            .isNotNull(StationUrgent::getTargetStationId))
                    .forEach(urgent -> ids.add(urgent.getTargetStationId()));
            return ids;
        });
    }

    private DayPlan plan(StationIdentity station, LocalDate date, String baseUrl) {
        ZoneId zone = station.zone();
        Map<Long, OrgUnit> byId = units.byId();
        String stationPath = byId.get(station.orgUnitId()).getPath();
        Map<LocalTime, List<Long>> regular = regularSlots(station, stationPath, byId, date);
        List<StationUrgent> urgentInserts = urgentInserts(station, stationPath, byId, date, zone);

        Map<LocalTime, PlannedSlot> planned = new TreeMap<>();
        regular.forEach((time, ids) -> planned.put(
                time,
                urgentAt(urgentInserts, date.atTime(time).atZone(zone))
                        .map(PlannedSlot::urgent)
                        .orElse(new PlannedSlot(ids, null))));
        for (StationUrgent urgent : urgentInserts) {
            ZonedDateTime start = urgent.getStartsAt().atZone(serverZone).withZoneSameInstant(zone);
            if (start.toLocalDate().equals(date) && !urgent.endedBeforeItsStart()) {
                planned.putIfAbsent(start.toLocalTime().truncatedTo(ChronoUnit.SECONDS), PlannedSlot.urgent(urgent));
            }
        }

        Map<Long, PlayableAudio> playable = published.playable(planned.values().stream()
                .flatMap(slot -> slot.contentIds().stream())
                .collect(Collectors.toSet()));
        List<Playlist.Slot> result = new ArrayList<>();
        planned.forEach((time, slot) -> {
            OffsetDateTime slotStart = date.atTime(time).atZone(zone).toOffsetDateTime();
            List<Playlist.Item> items = items(slot.contentIds(), playable, slotStart, baseUrl);
            if (!items.isEmpty()) {
                result.add(new Playlist.Slot(
                        time.toString(), slotStart, slot.urgentTitle() != null, slot.urgentTitle(), items));
            }
        });
        return new DayPlan(changes(urgentInserts, playable, date, zone), result);
    }

    Map<LocalTime, List<Long>> regularSlots(
            StationIdentity station, String stationPath, Map<Long, OrgUnit> byId, LocalDate date) {
        int dayOfWeek = date.getDayOfWeek().getValue();
        Map<Long, Integer> specificity = new TreeMap<>();
        for (StationSchedule schedule : schedules.selectList(new LambdaQueryWrapper<StationSchedule>()
                .eq(StationSchedule::getEnabled, true)
                .le(StationSchedule::getStartDate, date)
                .and(w -> w.isNull(StationSchedule::getEndDate).or().ge(StationSchedule::getEndDate, date)))) {
            boolean onThisDay = List.of(schedule.getDaysOfWeek().split(",")).contains(String.valueOf(dayOfWeek));
            int targetScore =
                    score(schedule.getTargetUnitId(), schedule.getTargetStationId(), station, stationPath, byId);
            if (onThisDay && targetScore != SlotPrecedence.NOT_COVERED) {
                specificity.put(schedule.getId(), targetScore);
            }
        }
        if (specificity.isEmpty()) {
            return Map.of();
        }
        Map<LocalTime, StationSlot> winners = SlotPrecedence.winners(
                slots.selectList(
                        new LambdaQueryWrapper<StationSlot>().in(StationSlot::getScheduleId, specificity.keySet())),
                specificity);
        Map<LocalTime, List<Long>> result = new TreeMap<>();
        winners.forEach((time, slot) -> result.put(time, ScheduleService.ids(slot.getContentIds())));
        return result;
    }

    List<StationUrgent> urgentInserts(
            StationIdentity station, String stationPath, Map<Long, OrgUnit> byId, LocalDate date, ZoneId zone) {
        LocalDateTime dayStart =
                date.atStartOfDay(zone).withZoneSameInstant(serverZone).toLocalDateTime();
        LocalDateTime dayEnd = date.plusDays(1)
                .atStartOfDay(zone)
                .withZoneSameInstant(serverZone)
                .toLocalDateTime();
        return urgents
                .selectList(new LambdaQueryWrapper<StationUrgent>()
                        .lt(StationUrgent::getStartsAt, dayEnd)
                        .gt(StationUrgent::getEndsAt, dayStart)
                        .orderByAsc(StationUrgent::getStartsAt)
                        .orderByAsc(StationUrgent::getId))
                .stream()
                .filter(u -> score(u.getTargetUnitId(), u.getTargetStationId(), station, stationPath, byId)
                        != SlotPrecedence.NOT_COVERED)
                .toList();
    }

    private static int score(
            Long unitId, Long stationId, StationIdentity station, String stationPath, Map<Long, OrgUnit> byId) {
        String unitPath = stationId == null ? byId.get(unitId).getPath() : null;
        return SlotPrecedence.specificity(stationId, unitPath, station.id(), stationPath);
    }

    private Optional<StationUrgent> urgentAt(List<StationUrgent> inserts, ZonedDateTime moment) {
        LocalDateTime at = moment.withZoneSameInstant(serverZone).toLocalDateTime();
        return inserts.stream()
                .filter(u -> !at.isBefore(u.getStartsAt()) && at.isBefore(u.getEndsAt()))
                .findFirst();
    }

    List<Playlist.Item> items(
            List<Long> ids, Map<Long, PlayableAudio> playable, OffsetDateTime slotStart, String baseUrl) {
        List<Playlist.Item> items = new ArrayList<>();
        OffsetDateTime next = slotStart;
        for (Long id : ids) {
            PlayableAudio audio = playable.get(id);
            if (audio == null) {
                continue;
            }
            Optional<Rendition> rendition = renditions.stationRendition(audio.mediaKey());
            if (rendition.isEmpty()) {
                continue;
            }
            int duration = rendition.get().durationSeconds();
            items.add(new Playlist.Item(
                    audio.id(),
                    audio.title(),
                    baseUrl + rendition.get().url(),
                    duration,
                    rendition.get().sizeBytes(),
                    rendition.get().sha256(),
                    next));
            next = next.plusSeconds(duration);
        }
        return items;
    }

    private List<OffsetDateTime> changes(
            List<StationUrgent> inserts, Map<Long, PlayableAudio> playable, LocalDate date, ZoneId zone) {
        TreeSet<OffsetDateTime> changes = new TreeSet<>();
        List<LocalDateTime> moments = new ArrayList<>();
        inserts.forEach(u -> {
            moments.add(u.getStartsAt());
            moments.add(u.getEndsAt());
        });
        playable.values().stream()
                .map(PlayableAudio::offlineAt)
                .filter(Objects::nonNull)
                .forEach(moments::add);
        for (LocalDateTime moment : moments) {
            ZonedDateTime local = moment.atZone(serverZone).withZoneSameInstant(zone);
            if (local.toLocalDate().equals(date)) {
                changes.add(local.toOffsetDateTime());
            }
        }
        return List.copyOf(changes);
    }

    private RenderedPlaylist render(Playlist playlist) {
        try {
            return new RenderedPlaylist(
                    EncodedBody.of(json.writeValueAsBytes(playlist)),
                    EncodedBody.of(m3u(playlist).getBytes(StandardCharsets.UTF_8)),
                    playlist.changesAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise playlist", e);
        }
    }

    /**
     * Extended M3U: {@code #EXTINF:duration,title} and an absolute URL per item, in play order. The
     * {@code #EXT-X-} lines make it a finished (VOD) HLS list too, which is what ffmpeg needs to read it;
     * VLC and ordinary players ignore or accept them.
     */
    static String m3u(Playlist playlist) {
        int longest = playlist.slots().stream()
                .flatMap(slot -> slot.items().stream())
                .map(Playlist.Item::durationSeconds)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(1);
        StringBuilder out = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-PLAYLIST-TYPE:VOD\n")
                .append("#EXT-X-TARGETDURATION:")
                .append(longest)
                .append('\n')
                .append("#EXT-X-MEDIA-SEQUENCE:0\n")
                .append("#PLAYLIST:")
                .append(oneLine(playlist.stationName()))
                .append(' ')
                .append(playlist.date())
                .append('\n');
        for (Playlist.Slot slot : playlist.slots()) {
            for (Playlist.Item item : slot.items()) {
                out.append("#EXTINF:")
                        .append(item.durationSeconds() == null ? -1 : item.durationSeconds())
                        .append(',')
                        .append(oneLine(item.title()))
                        .append('\n')
                        .append(item.url())
                        .append('\n');
            }
        }
        return out.append("#EXT-X-ENDLIST\n").toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /** The part of a playlist that all stations of a unit share: serialisable, as the production cache is Redis. */
    private record DayPlan(List<OffsetDateTime> changesAt, List<Playlist.Slot> slots) implements Serializable {}

    private record PlannedSlot(List<Long> contentIds, String urgentTitle) {

        static PlannedSlot urgent(StationUrgent urgent) {
            return new PlannedSlot(ScheduleService.ids(urgent.getContentIds()), urgent.getTitle());
        }
    }
}
