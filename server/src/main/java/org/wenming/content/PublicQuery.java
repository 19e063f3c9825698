package org.wenming.content;

/** Filters residents can apply to a list; every field is optional. */
public record PublicQuery(
        ContentKind kind, String tag, String column, Long orgUnitId, String language, String festivalCode) {

    public static PublicQuery ofKind(ContentKind kind) {
        return new PublicQuery(kind, null, null, null, null, null);
    }

    public static PublicQuery ofFestival(String festivalCode) {
        return new PublicQuery(ContentKind.FESTIVAL_ITEM, null, null, null, null, festivalCode);
    }
}
