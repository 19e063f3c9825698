package org.wenming.station;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.http.EncodedBody;
import org.wenming.content.PlayableAudio;
import org.wenming.content.PublicReadCache;
import org.wenming.content.PublishedContent;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * Builds schedule v2 windows from the same plan as the daily playlist: {@link PlaylistService} picks each
 * day's winning regular slots and urgent inserts and builds the items (URL, size, SHA-256, duration), so v1
 * and v2 never disagree on what a station plays. Slots covered by an urgent insert play the insert instead,
 * as in v1; the insert also gets a slot of its own at its exact start, unless it was ended before it began.
 */
@Service
class ScheduleWindowService {

    static final int MAX_DAYS = 7;
    static final String SLOT_M3U_PATH = "/api/station/v1/schedule/slot.m3u";
    private static final String REGULAR_REPEAT = "WEEKLY";
    private static final String URGENT_REPEAT = "ONCE";
    private static final DateTimeFormatter PROGRAM_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final PlaylistService playlists;
    private final OrgUnitService units;
    private final PublishedContent published;
    private final PublicReadCache cache;
    private final ObjectMapper json;
    private final StationProperties settings;
    private final ZoneId serverZone;
    private final Clock clock;

    public ScheduleWindowService(
            PlaylistService playlists,
            OrgUnitService units,
            PublishedContent published,
            PublicReadCache cache,
            ObjectMapper json,
            StationProperties settings,
            WenmingProperties properties,
            Clock clock) {
        this.playlists = playlists;
        this.units = units;
        this.published = published;
        this.cache = cache;
        this.json = json;
        this.settings = settings;
        this.serverZone = properties.zone();
        this.clock = clock;
    }

    /** The window starting today in the station's zone: what {@code /changes} versions. */
    public RenderedSchedule week(StationIdentity station, String baseUrl) {
        LocalDate today = today(station);
        return rendered(station, today, today.plusDays(MAX_DAYS - 1), baseUrl);
    }

    /**
     * The version {@link #week} carries, without rendering the week's bodies (its JSON, gzip and one M3U per
     * slot): after every change each held long-poll asks for it, and most of those stations fetch nothing.
     */
    public String weekVersion(StationIdentity station, String baseUrl) {
        LocalDate today = today(station);
        LocalDate to = today.plusDays(MAX_DAYS - 1);
        WeekPlan plan = plan(station, today, to, baseUrl);
        return versionOf(window(station, today, to, plan), plan);
    }

    public RenderedSchedule rendered(StationIdentity station, LocalDate from, LocalDate to, String baseUrl) {
        return cache.get("schedule-v2:" + station.id() + ":" + from + ":" + to + ":" + baseUrl, () -> {
            WeekPlan plan = plan(station, from, to, baseUrl);
            ScheduleWindow window = window(station, from, to, plan);
            return render(window, versionOf(window, plan), plan, station);
        });
    }

    /** Every content id planned for the station on the day, playable now or not (for checking receipts). */
    public Set<Long> plannedContent(StationIdentity station, LocalDate date) {
        Map<Long, OrgUnit> byId = units.byId();
        String path = byId.get(station.orgUnitId()).getPath();
        Set<Long> ids = new HashSet<>();
        playlists.regularSlots(station, path, byId, date).values().forEach(ids::addAll);
        playlists
                .urgentInserts(station, path, byId, date, station.zone())
                .forEach(u -> ids.addAll(ScheduleService.ids(u.getContentIds())));
        return ids;
    }

    ScheduleWindow build(StationIdentity station, LocalDate from, LocalDate to, String baseUrl) {
        return window(station, from, to, plan(station, from, to, baseUrl));
    }

    private ScheduleWindow window(StationIdentity station, LocalDate from, LocalDate to, WeekPlan plan) {
        return new ScheduleWindow(
                station.code(),
                station.name(),
                station.zone().getId(),
                from,
                to,
                null,
                null,
                null,
                settings.pollInterval().toSeconds(),
                plan.urgents(),
                plan.slots());
    }

    /**
     * Stations of one scope and zone share their week's plan, as they share their days' (see
     * {@link PlaylistService#planScope}): when a change wakes a township's held polls, the week is planned
     * once for all of them instead of once per station. (Keys of {@code -v2}: a plan carries its digest, so a
     * plan cached by an older release is never read.)
     */
    private WeekPlan plan(StationIdentity station, LocalDate from, LocalDate to, String baseUrl) {
        return cache.get(
                "schedule-plan-v2:" + playlists.planScope(station) + ":"
                        + station.zone().getId() + ":" + from + ":" + to + ":" + baseUrl,
                () -> newPlan(station, from, to, baseUrl));
    }

    private WeekPlan newPlan(StationIdentity station, LocalDate from, LocalDate to, String baseUrl) {
        ZoneId zone = station.zone();
        Map<Long, OrgUnit> byId = units.byId();
        String path = byId.get(station.orgUnitId()).getPath();
        List<Planned> planned = new ArrayList<>();
        Map<Long, StationUrgent> urgents = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<StationUrgent> ofDay = playlists.urgentInserts(station, path, byId, day, zone);
            ofDay.forEach(u -> urgents.putIfAbsent(u.getId(), u));
            LocalDate date = day;
            playlists.regularSlots(station, path, byId, day).forEach((time, ids) -> {
                ZonedDateTime start = date.atTime(time).atZone(zone);
                planned.add(covering(ofDay, start)
                        .map(u -> Planned.urgent(start, u))
                        .orElse(new Planned(start, ids, null)));
            });
        }
        Set<ZonedDateTime> taken = planned.stream().map(Planned::start).collect(Collectors.toSet());
        for (StationUrgent urgent : urgents.values()) {
            ZonedDateTime start = inZone(urgent.getStartsAt(), zone).truncatedTo(ChronoUnit.SECONDS);
            LocalDate day = start.toLocalDate();
            if (!urgent.endedBeforeItsStart() && !day.isBefore(from) && !day.isAfter(to) && !taken.contains(start)) {
                planned.add(Planned.urgent(start, urgent));
            }
        }
        planned.sort(Comparator.comparing(Planned::start));

        Map<Long, PlayableAudio> playable = published.playable(
                planned.stream().flatMap(slot -> slot.contentIds().stream()).collect(Collectors.toSet()));
        List<ScheduleWindow.Slot> slots = new ArrayList<>();
        for (Planned slot : planned) {
            OffsetDateTime start = slot.start().toOffsetDateTime();
            List<Playlist.Item> items = playlists.items(slot.contentIds(), playable, start, baseUrl);
            if (!items.isEmpty()) {
                slots.add(slot(slot, start, items, baseUrl, zone));
            }
        }
        List<ScheduleWindow.Urgent> urgentViews =
                urgents.values().stream().map(u -> urgentView(u, zone)).toList();
        return new WeekPlan(
                urgentViews, slots, publicationEnds(slots, playable, zone), digest(List.of(urgentViews, slots)));
    }

    /** When listed items' publications end: the window must be fetched again then, change notice or not. */
    private List<OffsetDateTime> publicationEnds(
            List<ScheduleWindow.Slot> slots, Map<Long, PlayableAudio> playable, ZoneId zone) {
        return slots.stream()
                .flatMap(slot -> slot.items().stream())
                .map(item -> playable.get(item.contentId()).offlineAt())
                .filter(Objects::nonNull)
                .distinct()
                .map(at -> inZone(at, zone).toOffsetDateTime())
                .toList();
    }

    private ScheduleWindow.Slot slot(
            Planned slot, OffsetDateTime start, List<Playlist.Item> items, String baseUrl, ZoneId zone) {
        Playlist.Item last = items.get(items.size() - 1);
        OffsetDateTime end = last.startsAt().plusSeconds(last.durationSeconds() == null ? 0 : last.durationSeconds());
        StationUrgent urgent = slot.urgent();
        if (urgent != null) {
            OffsetDateTime insertEnd = inZone(urgent.getEndsAt(), zone).toOffsetDateTime();
            end = end.isAfter(insertEnd) ? insertEnd : end;
        }
        String id = start.toString();
        return new ScheduleWindow.Slot(
                id,
                start,
                end,
                urgent == null ? 0 : urgent.getPriority(),
                urgent == null ? null : urgent.getVolume(),
                urgent != null,
                urgent == null ? null : urgent.getTitle(),
                urgent == null ? REGULAR_REPEAT : URGENT_REPEAT,
                baseUrl + SLOT_M3U_PATH + "?start=" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                items);
    }

    private ScheduleWindow.Urgent urgentView(StationUrgent urgent, ZoneId zone) {
        return new ScheduleWindow.Urgent(
                urgent.getId(),
                urgent.getTitle(),
                inZone(urgent.getStartsAt(), zone).toOffsetDateTime(),
                inZone(urgent.getEndsAt(), zone).toOffsetDateTime(),
                urgent.getPriority(),
                urgent.getVolume());
    }

    private Optional<StationUrgent> covering(List<StationUrgent> inserts, ZonedDateTime moment) {
        return inserts.stream()
                .filter(u -> !moment.isBefore(inZone(u.getStartsAt(), moment.getZone()))
                        && moment.isBefore(inZone(u.getEndsAt(), moment.getZone())))
                .findFirst();
    }

    private ZonedDateTime inZone(LocalDateTime serverTime, ZoneId zone) {
        return serverTime.atZone(serverZone).withZoneSameInstant(zone);
    }

    private RenderedSchedule render(ScheduleWindow window, String version, WeekPlan plan, StationIdentity station) {
        try {
            OffsetDateTime now = clock.instant().atZone(station.zone()).toOffsetDateTime();
            OffsetDateTime windowEnd =
                    window.to().plusDays(1).atStartOfDay(station.zone()).toOffsetDateTime();
            ScheduleWindow stamped = window.stamped(version, now, validUntil(plan.publicationEnds(), now, windowEnd));
            Map<String, EncodedBody> m3u = new LinkedHashMap<>();
            for (ScheduleWindow.Slot slot : window.slots()) {
                m3u.put(slot.id(), EncodedBody.of(slotM3u(window, slot).getBytes(StandardCharsets.UTF_8)));
            }
            return new RenderedSchedule(EncodedBody.of(json.writeValueAsBytes(stamped)), version, m3u);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise schedule", e);
        }
    }

    /** The window's end, or earlier when a listed item's publication ends before it. */
    private static OffsetDateTime validUntil(
            List<OffsetDateTime> publicationEnds, OffsetDateTime now, OffsetDateTime windowEnd) {
        return publicationEnds.stream()
                .filter(now::isBefore)
                .filter(windowEnd::isAfter)
                .min(Comparator.naturalOrder())
                .orElse(windowEnd);
    }

    /** A slot as a finished M3U of its own, in the v1 format, with the slot's start as a program date-time. */
    private static String slotM3u(ScheduleWindow window, ScheduleWindow.Slot slot) {
        Playlist single = new Playlist(
                window.station(),
                window.stationName(),
                slot.start().toLocalDate(),
                window.timeZone(),
                window.pollIntervalSeconds(),
                List.of(),
                List.of(new Playlist.Slot(
                        slot.start().toLocalTime().toString(),
                        slot.start(),
                        slot.urgent(),
                        slot.title(),
                        slot.items())));
        return PlaylistService.m3u(single)
                .replaceFirst(
                        "\n#EXTINF:",
                        "\n#EXT-X-PROGRAM-DATE-TIME:" + PROGRAM_DATE_TIME.format(slot.start()) + "\n#EXTINF:");
    }

    /**
     * A window's version: what it says of its station and its days, with the digest of the plan it shares with
     * its scope, so that a change's recheck of thousands of held polls hashes a few bytes per station.
     */
    private String versionOf(ScheduleWindow window, WeekPlan plan) {
        return digest(List.of(window.header(), plan.digest()));
    }

    private LocalDate today(StationIdentity station) {
        return clock.instant().atZone(station.zone()).toLocalDate();
    }

    private String digest(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(value));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise schedule", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of a window that all stations of a scope share: serialisable, as the production cache is Redis. */
    private record WeekPlan(
            List<ScheduleWindow.Urgent> urgents,
            List<ScheduleWindow.Slot> slots,
            List<OffsetDateTime> publicationEnds,
            String digest)
            implements Serializable {}

    private record Planned(ZonedDateTime start, List<Long> contentIds, StationUrgent urgent) {

        static Planned urgent(ZonedDateTime start, StationUrgent urgent) {
            return new Planned(start, ScheduleService.ids(urgent.getContentIds()), urgent);
        }
    }
}
