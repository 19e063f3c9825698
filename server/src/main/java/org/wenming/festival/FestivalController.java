package org.wenming.festival;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

@RequiresRole(value = Role.ADMIN, banner = true)
@RestController
@RequestMapping("/api/admin/v1/festivals")
class FestivalController {

    private final FestivalService festivals;
    private final FestivalUsage usage;
    private final Clock clock;

    public FestivalController(FestivalService festivals, FestivalUsage usage, Clock clock) {
        this.festivals = festivals;
        this.usage = usage;
        this.clock = clock;
    }

    /** The year's calendar (this year by default) with computed dates. */
    @RequiresRole
    @Operation(summary = "节日日历（某年各节日的日期与活动）")
    @GetMapping
    public List<FestivalDate> calendar(@RequestParam(required = false) Integer year) {
        return festivals.year(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @RequiresRole
    @Operation(summary = "节日定义列表")
    @GetMapping("/definitions")
    public List<Festival> definitions() {
        return festivals.definitions();
    }

    @Operation(summary = "新建节日")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Festival create(Actor actor, @Valid @RequestBody FestivalRequest request) {
        return festivals.create(actor, request);
    }

    @Operation(summary = "修改节日")
    @PutMapping("/{code}")
    public Festival update(Actor actor, @PathVariable String code, @Valid @RequestBody FestivalRequest request) {
        return festivals.update(actor, code, request);
    }

    @Operation(summary = "删除节日")
    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, @PathVariable String code) {
        festivals.delete(actor, code, usage.isUsed(code));
    }
}
