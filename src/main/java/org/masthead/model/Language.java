package org.masthead.model;

import java.util.Optional;

/** The six official languages, by their ISO 639-1 codes. */
public enum Language {
    AR("ar", "العربية", "Arabic"),
    ZH("zh", "中文", "Chinese"),
    EN("en", "English", "English"),
    FR("fr", "Français", "French"),
    RU("ru", "Русский", "Russian"),
    ES("es", "Español", "Spanish");

    private final String code;
    private final String nativeName;
    private final String englishName;

    Language(String code, String nativeName, String englishName) {
        this.code = code;
        this.nativeName = nativeName;
        this.englishName = englishName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String englishName() {
        return englishName;
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
