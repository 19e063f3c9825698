package org.wenming.org;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

/** The organisation tree is readable by every administrator; only ADMINs change their own subtree. */
@RequiresRole({Role.ADMIN})
@RestController
@RequestMapping("/api/admin/v1/org-units")
class OrgUnitController {

    private final OrgUnitService units;

    public OrgUnitController(OrgUnitService units) {
        this.units = units;
    }

    @RequiresRole
    @Operation(summary = "组织单位树")
    @GetMapping
    public List<OrgUnitNode> tree() {
        return units.tree();
    }

    @RequiresRole
    @Operation(summary = "组织单位详情")
    @GetMapping("/{id}")
    public OrgUnitNode get(@PathVariable long id) {
        return OrgUnitNode.of(units.get(id));
    }

    @Operation(summary = "新建组织单位")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OrgUnitNode create(Actor actor, @Valid @RequestBody OrgUnitRequest request) {
        return OrgUnitNode.of(units.create(actor, request));
    }

    @Operation(summary = "修改组织单位")
    @PutMapping("/{id}")
    public OrgUnitNode update(Actor actor, @PathVariable long id, @Valid @RequestBody OrgUnitRequest request) {
        return OrgUnitNode.of(units.update(actor, id, request));
    }

    @Operation(summary = "删除组织单位")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, @PathVariable long id) {
        units.delete(actor, id);
    }
}
