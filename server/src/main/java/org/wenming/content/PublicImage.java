package org.wenming.content;

import java.io.Serializable;

/** An image residents' clients load: its absolute URL and its size in pixels, so a layout can reserve the space. */
public record PublicImage(String url, Integer width, Integer height) implements Serializable {}
