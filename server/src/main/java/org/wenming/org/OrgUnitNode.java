package org.wenming.org;

import java.util.ArrayList;
import java.util.List;

/** One unit of the tree as the console shows it. */
public record OrgUnitNode(
        long id,
        String code,
        String name,
        String nameMn,
        OrgUnitType type,
        String typeLabel,
        Long parentId,
        Integer sortOrder,
        boolean sample,
        List<OrgUnitNode> children) {

    static OrgUnitNode of(OrgUnit unit) {
        return new OrgUnitNode(
                unit.getId(),
                unit.getCode(),
                unit.getName(),
                unit.getNameMn(),
                unit.getType(),
                unit.getType().label(),
                unit.getParentId(),
                unit.getSortOrder(),
                Boolean.TRUE.equals(unit.getSampleData()),
                new ArrayList<>());
    }
}
