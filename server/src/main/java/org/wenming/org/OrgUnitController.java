package org.wenming.org;

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
import org.wenming.common.security.CurrentActor;

/** The organisation tree is readable by every administrator; only ADMINs change their own subtree. */
@RestController
@RequestMapping("/api/admin/v1/org-units")
public class OrgUnitController {

    private final OrgUnitService units;

    public OrgUnitController(OrgUnitService units) {
        this.units = units;
    }

    @GetMapping
    public List<OrgUnitNode> tree() {
        return units.tree();
    }

    @GetMapping("/{id}")
    public OrgUnitNode get(@PathVariable long id) {
        return OrgUnitNode.of(units.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OrgUnitNode create(@Valid @RequestBody OrgUnitRequest request) {
        return OrgUnitNode.of(units.create(CurrentActor.require(), request));
    }

    @PutMapping("/{id}")
    public OrgUnitNode update(@PathVariable long id, @Valid @RequestBody OrgUnitRequest request) {
        return OrgUnitNode.of(units.update(CurrentActor.require(), id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        units.delete(CurrentActor.require(), id);
    }
}
