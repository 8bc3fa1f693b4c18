package org.masthead.cli;

import java.util.Locale;

import org.masthead.model.Language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang fr}: one of the six official languages by its code, or a usage error naming them. */
final class LanguageOption implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.ofCode(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not one of the six official languages: ar, zh, en, fr, ru, es"));
    }
}
