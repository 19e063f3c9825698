package org.wenming.festival;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

@Service
public class FestivalService {

    private static final int MIN_YEAR = 1901;
    private static final int MAX_YEAR = 2099;

    private final FestivalMapper mapper;
    private final FestivalDefinitions definitions;
    private final FestivalCalendar calendar;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FestivalService(
            FestivalMapper mapper,
            FestivalDefinitions definitions,
            FestivalCalendar calendar,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mapper = mapper;
        this.definitions = definitions;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<Festival> definitions() {
        return definitions.all();
    }

    public void requireExists(String code) {
        if (!mapper.exists(new LambdaQueryWrapper<Festival>().eq(Festival::getCode, code))) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "节日编码不存在：" + code);
        }
    }

    /** Refuses a year outside the calendar's lunar tables, so outside what festival lists can ask for. */
    public static void requireCalendarYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "年份须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间");
        }
    }

    /** Every festival of the year in date order. */
    public List<FestivalDate> year(int year) {
        requireCalendarYear(year);
        LocalDate today = LocalDate.now(clock);
        return definitions.all().stream()
                .map(f -> dated(f, calendar.dateIn(f, year), today))
                .sorted(Comparator.comparing(FestivalDate::date))
                .toList();
    }

    /** The next festival on or after today, looking into next year when this year's are over. */
    public Optional<FestivalDate> upcoming() {
        LocalDate today = LocalDate.now(clock);
        return year(today.getYear()).stream()
                .filter(f -> !f.date().isBefore(today))
                .findFirst()
                .or(() -> year(today.getYear() + 1).stream().findFirst());
    }

    @Transactional
    @CacheEvict(cacheNames = FestivalDefinitions.CACHE, allEntries = true)
    public Festival create(Actor actor, FestivalRequest request) {
        if (mapper.exists(new LambdaQueryWrapper<Festival>().eq(Festival::getCode, request.code()))) {
            throw new ApiException(ErrorCode.DUPLICATE, "节日编码已存在：" + request.code());
        }
        Festival festival = new Festival();
        festival.setCode(request.code());
        festival.setBuiltin(false);
        festival.setCreatedAt(LocalDateTime.now(clock));
        apply(festival, request);
        mapper.insert(festival);
        audit.record(actor, "FESTIVAL_CREATE", "FESTIVAL", festival.getCode(), festival.getName());
        events.publishEvent(new FestivalsChanged(festival.getCode()));
        return festival;
    }

    @Transactional
    @CacheEvict(cacheNames = FestivalDefinitions.CACHE, allEntries = true)
    public Festival update(Actor actor, String code, FestivalRequest request) {
        Festival festival = require(code);
        if (Boolean.TRUE.equals(festival.getBuiltin())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "内置节日不能修改");
        }
        apply(festival, request);
        mapper.updateById(festival);
        audit.record(actor, "FESTIVAL_UPDATE", "FESTIVAL", code, festival.getName());
        events.publishEvent(new FestivalsChanged(code));
        return festival;
    }

    @Transactional
    @CacheEvict(cacheNames = FestivalDefinitions.CACHE, allEntries = true)
    public void delete(Actor actor, String code, boolean inUse) {
        Festival festival = require(code);
        if (Boolean.TRUE.equals(festival.getBuiltin())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "内置节日不能删除");
        }
        if (inUse) {
            throw new ApiException(ErrorCode.DUPLICATE, "仍有内容关联该节日，不能删除");
        }
        mapper.deleteById(festival.getId());
        audit.record(actor, "FESTIVAL_DELETE", "FESTIVAL", code, festival.getName());
        events.publishEvent(new FestivalsChanged(code));
    }

    private Festival require(String code) {
        Festival festival = mapper.selectOne(new LambdaQueryWrapper<Festival>().eq(Festival::getCode, code));
        if (festival == null) {
            throw new ApiException(ErrorCode.FESTIVAL_NOT_FOUND);
        }
        return festival;
    }

    private void apply(Festival festival, FestivalRequest request) {
        validateRule(request);
        festival.setName(request.name());
        festival.setRuleType(request.ruleType());
        boolean byTerm = request.ruleType() == FestivalRule.SOLAR_TERM;
        festival.setRuleMonth(byTerm ? null : request.month());
        festival.setRuleDay(byTerm ? null : request.day());
        festival.setSolarTerm(byTerm ? request.solarTerm() : null);
        festival.setDescription(request.description());
        festival.setSortOrder(request.sortOrder() == null ? 100 : request.sortOrder());
    }

    private void validateRule(FestivalRequest request) {
        if (request.ruleType() == FestivalRule.SOLAR_TERM) {
            if (!calendar.isSolarTerm(request.solarTerm())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "节气名称不正确，例如：清明、冬至");
            }
            return;
        }
        if (request.month() == null || request.day() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "请填写节日的月和日");
        }
        boolean lunar = request.ruleType() == FestivalRule.LUNAR;
        if (lunar ? request.day() > 29 : !isValidSolarDay(request.month(), request.day())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "节日日期不存在");
        }
    }

    private static boolean isValidSolarDay(int month, int day) {
        try {
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private FestivalDate dated(Festival festival, LocalDate date, LocalDate today) {
        return new FestivalDate(
                festival.getCode(),
                festival.getName(),
                date,
                festival.getDescription(),
                ChronoUnit.DAYS.between(today, date));
    }
}
