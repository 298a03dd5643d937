package io.aftercare.api;

/** Free text from requests. */
public final class Texts {

    /** A name of a person, company, place or thing: at least one letter or digit of any script ("?" or "-" is not a name). */
    public static final String NAME_PATTERN = "^[^\\p{L}\\p{N}]*[\\p{L}\\p{N}][\\s\\S]*$";
    public static final String NAME_MESSAGE = "must contain at least one letter or digit";

    private Texts() {
    }

    /** Stripped, or null when absent or blank: an empty note is no note. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
