package org.wenming.org;

/** Tells whether other features still point at a unit, so deleting it would orphan their rows. */
public interface OrgUnitUsage {

    boolean isUsed(long orgUnitId);
}
