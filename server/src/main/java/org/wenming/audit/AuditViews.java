package org.wenming.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Entries as the console reads them: people by the names colleagues know them by (the account's name now; the
 * name recorded when the entry has no account, such as a failed sign-in with an unknown name) and each object as
 * it is now, so a row can link to it. Looked up once per page, one query per kind of object.
 */
@Component
class AuditViews {

    private final AuditMapper mapper;

    AuditViews(AuditMapper mapper) {
        this.mapper = mapper;
    }

    List<AuditView> of(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // Actors and users the entries are about are read together: one query for both.
        Set<Long> userIds = entries.stream()
                .map(AuditEntry::getActorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        userIds.addAll(numericIds(entries, "USER"));
        Map<Long, AuditMapper.Target> users = userIds.isEmpty() ? Map.of() : byId(mapper.users(userIds));
        Map<Long, String> people =
                users.values().stream().collect(Collectors.toMap(AuditMapper.Target::id, AuditMapper.Target::name));
        Map<String, Map<String, AuditMapper.Target>> targets = Map.of(
                "CONTENT", numbered(entries, "CONTENT", mapper::contents),
                "USER",
                        numbered(
                                entries,
                                "USER",
                                ids -> ids.stream()
                                        .map(users::get)
                                        .filter(Objects::nonNull)
                                        .toList()),
                "STATION", numbered(entries, "STATION", mapper::stations),
                "SCHEDULE", numbered(entries, "SCHEDULE", mapper::schedules),
                "ORG_UNIT", numbered(entries, "ORG_UNIT", mapper::orgUnits),
                "FESTIVAL", festivals(entries));
        return entries.stream().map(e -> view(e, people, targets)).toList();
    }

    private static AuditView view(
            AuditEntry e, Map<Long, String> people, Map<String, Map<String, AuditMapper.Target>> targets) {
        Map<String, AuditMapper.Target> ofType = targets.get(e.getTargetType());
        AuditMapper.Target target = ofType == null || e.getTargetId() == null ? null : ofType.get(e.getTargetId());
        Boolean exists = ofType == null || e.getTargetId() == null ? null : target != null;
        return new AuditView(
                e.getId(),
                e.getActorId(),
                e.getActorId() != null && people.containsKey(e.getActorId())
                        ? people.get(e.getActorId())
                        : e.getActorName(),
                e.getActorName(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                target == null ? null : target.name(),
                exists,
                target == null ? null : target.kind(),
                e.getDetail(),
                e.getIp(),
                e.getCreatedAt());
    }

    /** The objects of one type the entries name, by id as the entries write it; ids that are not numbers skipped. */
    private static Map<String, AuditMapper.Target> numbered(
            List<AuditEntry> entries, String type, Function<Collection<Long>, List<AuditMapper.Target>> lookup) {
        Set<Long> ids = numericIds(entries, type);
        return ids.isEmpty()
                ? Map.of()
                : byId(lookup.apply(ids)).entrySet().stream()
                        .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
    }

    private Map<String, AuditMapper.Target> festivals(List<AuditEntry> entries) {
        Set<String> codes = idsOf(entries, "FESTIVAL");
        return codes.isEmpty()
                ? Map.of()
                : mapper.festivals(codes).stream()
                        .collect(Collectors.toMap(
                                AuditMapper.Festival::code, f -> new AuditMapper.Target(null, f.name(), null)));
    }

    private static Set<Long> numericIds(List<AuditEntry> entries, String type) {
        return idsOf(entries, type).stream()
                .filter(id -> id.chars().allMatch(Character::isDigit) && id.length() < 19)
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    private static Set<String> idsOf(List<AuditEntry> entries, String type) {
        return entries.stream()
                .filter(e -> type.equals(e.getTargetType())
                        && e.getTargetId() != null
                        && !e.getTargetId().isEmpty())
                .map(AuditEntry::getTargetId)
                .collect(Collectors.toSet());
    }

    private static Map<Long, AuditMapper.Target> byId(List<AuditMapper.Target> targets) {
        return targets.stream().collect(Collectors.toMap(AuditMapper.Target::id, Function.identity()));
    }
}
