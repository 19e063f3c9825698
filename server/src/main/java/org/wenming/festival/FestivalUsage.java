package org.wenming.festival;

/** Tells whether content still refers to a festival, so deleting it would orphan that content. */
public interface FestivalUsage {

    boolean isUsed(String festivalCode);
}
