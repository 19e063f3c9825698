package org.wenming.media;

/** Where an audio's renditions are: waiting, being made by an instance, ready to play, or failed for good. */
public enum RenditionState {
    PENDING,
    RUNNING,
    READY,
    FAILED
}
