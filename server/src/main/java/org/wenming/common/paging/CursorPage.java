package org.wenming.common.paging;

import java.io.Serializable;
import java.util.List;

/** A slice of an endless list; {@code nextCursor} is absent on the last slice. */
public record CursorPage<T>(List<T> items, String nextCursor) implements Serializable {}
