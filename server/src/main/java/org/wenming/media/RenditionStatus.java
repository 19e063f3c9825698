package org.wenming.media;

/**
 * An audio's renditions as the console shows them: the state, the reason in Chinese when it failed (or
 * why it waits), and where the ready renditions are served.
 */
record RenditionStatus(RenditionState state, String failureReason, String stationUrl, String lightUrl) {}
