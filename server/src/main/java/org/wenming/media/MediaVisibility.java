package org.wenming.media;

/**
 * Whether anyone may fetch a media object without signing in: true while content that residents can see
 * references it. Implemented by the content feature, so media never depends on how content is stored.
 */
public interface MediaVisibility {

    boolean isPublic(String key);
}
