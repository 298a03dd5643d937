package io.aftercare.api;

/** Optional free text from requests. */
public final class Texts {

    private Texts() {
    }

    /** Stripped, or null when absent or blank: an empty note is no note. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
