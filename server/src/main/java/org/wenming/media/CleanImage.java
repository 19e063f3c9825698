package org.wenming.media;

/** An uploaded image decoded and encoded again, so only its pixels are kept; with the new encoding's type. */
public record CleanImage(byte[] bytes, String extension, String contentType) {}
