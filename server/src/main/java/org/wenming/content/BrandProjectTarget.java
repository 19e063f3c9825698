package org.wenming.content;

import org.wenming.org.OrgUnitType;

/**
 * One township, subdistrict or department against its brand-project target: {@code published} projects count
 * towards it, {@code inProgress} ones are still in the workflow (draft to scheduled).
 */
record BrandProjectTarget(
        long unitId,
        String unitName,
        OrgUnitType unitType,
        String typeLabel,
        int target,
        long published,
        long inProgress,
        boolean belowTarget) {}
