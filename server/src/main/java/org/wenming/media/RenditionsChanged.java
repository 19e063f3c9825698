package org.wenming.media;

/** Published when an audio's renditions became ready or failed, so cached playlists are built again. */
public record RenditionsChanged(String mediaKey, RenditionState state) {}
