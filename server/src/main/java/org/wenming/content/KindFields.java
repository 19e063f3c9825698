package org.wenming.content;

import java.util.List;

/** The fields only one kind of item has, nested in {@link ContentFields} and {@link ContentView}. */
sealed interface KindFields permits AudioFields, PosterFields, FestivalFields, BrandProjectFields {

    /** What this kind needs before it can go to review, in the order the editor fills it in. */
    List<ContentCompleteness.Requirement> requirements();
}
